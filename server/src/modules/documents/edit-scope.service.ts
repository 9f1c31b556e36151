import type { DataSource, EntityManager } from 'typeorm';
import { forbidden } from '../../core/errors';
import { log } from '../../core/logger';
import type { Membership } from '../projects/membership.entity';
import { canEditChapterText } from './document.policy';

/**
 * Answers "may this member edit this chapter's text" with the specialist-group
 * edit scope, for everything that decides editText: the collab socket's
 * authentication and membership recheck, version restore, proposal accept and
 * `Chapter.viewerCan.editText`. Depends on the database only, so every module can use it.
 */
export class EditScopeService {
  constructor(private readonly db: DataSource) {}

  /** The TARGET_GROUP documents of the target groups the membership is a specialist of. */
  async groupDocumentIds(membershipId: string, em: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { documentId: string }[] = await em.query(
      `SELECT tg."documentId" FROM specialist s JOIN target_group tg ON tg.id = s."targetGroupId"
        WHERE s."membershipId" = $1`,
      [membershipId],
    );
    return rows.map((row) => row.documentId);
  }

  async mayEdit(
    membership: Membership | null | undefined,
    documentId: string,
    em: EntityManager = this.db.manager,
  ): Promise<boolean> {
    if (!membership) return false;
    return canEditChapterText(membership, await this.groupDocumentIds(membership.id, em), documentId);
  }

  /** FORBIDDEN unless the member may edit chapters of `documentId` (membership itself checked by the caller). */
  async assertMayEdit(
    membership: Membership,
    chapter: { id: string; documentId: string },
    em: EntityManager = this.db.manager,
  ): Promise<void> {
    if (await this.mayEdit(membership, chapter.documentId, em)) return;
    log.security('authz.denied', {
      userId: membership.userId,
      projectId: membership.projectId,
      action: 'editText',
      chapterId: chapter.id,
      reason: 'outside-specialist-group',
    });
    throw forbidden('Only the specialist group of this target group edits its description');
  }
}
