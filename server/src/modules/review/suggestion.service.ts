import {
  CHAPTER_FRAGMENT,
  listSuggestions,
  resolveSuggestions,
  type SuggestionAttrs,
  type SuggestionFilter,
} from '@samskriv/schema';
import { updateYFragment } from '@tiptap/y-tiptap';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { assertFound, notFound } from '../../core/errors';
import { log } from '../../core/logger';
import { recordAudit } from '../../core/audit';
import type { ChapterContentService } from '../collab/chapter-content.service';
import { chapterRoot } from '../collab/chapter-render';
import { Chapter } from '../documents/chapter.entity';
import type { MembershipService } from '../projects/membership.service';
import type { EditScopeService } from '../documents/edit-scope.service';
import type { User } from '../users/user.entity';
import { Comment, ProposalStatus } from './comment.entity';
import type { CommentService } from './comment.service';
import type { SuggestionScopeInput } from './suggestion.inputs';
import type { SuggestionThreads } from './suggestion-threads';

export type SuggestionDecision = 'accept' | 'reject';

const matches =
  (scope: SuggestionScopeInput): SuggestionFilter =>
  (a: SuggestionAttrs) =>
    (!scope.suggestionId || a.id === scope.suggestionId) &&
    (!scope.authorId || a.authorId === scope.authorId) &&
    (!scope.organizationId || a.organizationId === scope.organizationId);

/**
 * Accepting and rejecting in-text suggestions — one, one person's, one
 * organisation's or all — by those who may edit the chapter (authors and
 * coordinators, within the specialist-group scope). The decision is applied to
 * the live chapter as one Yjs transaction through a Hocuspocus direct
 * connection: every open editor sees it, the persistence stores it attributed
 * to the decider before this returns, and an accept changes the accepted text
 * (so standing approvals go stale, as with any edit). A reject removes the
 * marks and the suggested text; each thread records the decision and why.
 */
export class SuggestionService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly editScope: EditScopeService,
    private readonly content: ChapterContentService,
    private readonly comments: CommentService,
    private readonly threads: SuggestionThreads,
  ) {}

  async decide(
    user: User,
    scope: SuggestionScopeInput,
    decision: SuggestionDecision,
    reason: string | null = null,
  ): Promise<Comment[]> {
    const chapter = assertFound(
      await this.db.getRepository(Chapter).findOneBy({ id: scope.chapterId }),
      'Chapter',
    );
    const membership = await this.memberships.require(user, chapter.projectId, 'dispose');
    await this.editScope.assertMayEdit(membership, chapter);
    // Every suggestion decided here has its thread to record the decision in.
    await this.threads.sync(chapter.id);
    const filter = matches(scope);
    let ids: string[] = [];
    const connection = await this.content.openDirect(chapter.id, { userId: user.id });
    try {
      // transact resolves once the persistence has stored the update.
      await connection.transact((doc) => {
        const root = chapterRoot(doc);
        ids = listSuggestions(root)
          .filter(filter)
          .map((s) => s.id);
        if (ids.length === 0) return;
        const next = resolveSuggestions(root, filter, decision);
        doc.transact(
          () =>
            updateYFragment(doc, doc.getXmlFragment(CHAPTER_FRAGMENT), next, {
              mapping: new Map(),
              isOMark: new Map(),
            }),
          // The origin's `context` is what Hocuspocus hands onChange: the persistence attributes the edit to it.
          { context: { userId: user.id }, suggestionsDecided: ids },
        );
      });
    } catch (error) {
      log.error('review.suggestion-store-failed', { chapterId: chapter.id, error: String(error) });
      this.content.reset(chapter.id);
      throw error;
    } finally {
      // Typed as void, but Hocuspocus's disconnect is async (it runs the store hooks): wait for it.
      await Promise.resolve(connection.disconnect() as unknown);
    }
    if (ids.length === 0) {
      if (scope.suggestionId) throw notFound('Suggestion');
      return [];
    }
    const decided = await this.db.transaction(async (em) => {
      const threads = await em.getRepository(Comment).find({
        where: { chapterId: chapter.id, suggestionId: In(ids), proposalStatus: ProposalStatus.PENDING },
        lock: { mode: 'pessimistic_write' },
      });
      const now = new Date();
      for (const thread of threads) {
        thread.proposalStatus = decision === 'accept' ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED;
        thread.proposalReason = reason?.trim() || null;
        thread.proposalDecidedById = user.id;
        thread.proposalDecidedAt = now;
      }
      await recordAudit(em, {
        projectId: chapter.projectId,
        actorId: user.id,
        action: decision === 'accept' ? 'suggestions.accepted' : 'suggestions.rejected',
        subjectType: 'Chapter',
        subjectId: chapter.id,
        details: {
          suggestionIds: ids,
          scope: {
            suggestionId: scope.suggestionId,
            authorId: scope.authorId,
            organizationId: scope.organizationId,
          },
          ...(reason ? { reason: reason.trim() } : {}),
        },
      });
      return em.getRepository(Comment).save(threads);
    });
    for (const thread of decided)
      this.comments.publish(decision === 'accept' ? 'PROPOSAL_ACCEPTED' : 'PROPOSAL_REJECTED', thread);
    return decided;
  }
}
