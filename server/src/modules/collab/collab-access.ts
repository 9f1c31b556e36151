import type { SuggestionAuthor } from '@samskriv/schema';
import type { Membership } from '../projects/membership.entity';
import { Role } from '../projects/membership.entity';
import type { EditScopeService } from '../documents/edit-scope.service';
import type { SuggestRight } from './collab.types';

export interface CollabRights {
  readOnly: boolean;
  suggestOnly?: SuggestionAuthor;
}

/**
 * What a member's collab connection to a chapter may do, for authentication
 * and for the membership re-check alike: write (the edit scope), suggest only
 * (a reviewer in an open round) or read.
 */
export class CollabAccess {
  constructor(
    private readonly editScope: EditScopeService,
    private readonly suggestRight: SuggestRight,
  ) {}

  async rights(
    membership: Membership | null,
    user: { id: string; organizationId: string },
    chapter: { id: string; documentId: string },
  ): Promise<CollabRights> {
    if (await this.editScope.mayEdit(membership, chapter.documentId)) return { readOnly: false };
    if (
      membership?.role === Role.REVIEWER &&
      (await this.suggestRight(user.id, user.organizationId, chapter))
    )
      return { readOnly: false, suggestOnly: { authorId: user.id, organizationId: user.organizationId } };
    return { readOnly: true };
  }

  /** Whether a suggest-only connection may still suggest (its round may have closed since). */
  maySuggest(author: SuggestionAuthor, chapter: { id: string; documentId: string }): Promise<boolean> {
    return this.suggestRight(author.authorId, author.organizationId, chapter);
  }
}
