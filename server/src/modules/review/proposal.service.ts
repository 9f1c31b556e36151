import type { DataSource } from 'typeorm';
import { badInput, conflict } from '../../core/errors';
import { log } from '../../core/logger';
import { recordAudit } from '../../core/audit';
import type { ChapterChangeEvents } from '../collab/chapter-change-events';
import type { ChapterContentService } from '../collab/chapter-content.service';
import { Chapter } from '../documents/chapter.entity';
import type { MembershipService } from '../projects/membership.service';
import type { EditScopeService } from '../documents/edit-scope.service';
import type { User } from '../users/user.entity';
import { decodePosition, replaceRange, resolveRange, sameText } from './chapter-anchors';
import { Comment, ProposalStatus } from './comment.entity';
import type { CommentService } from './comment.service';

/**
 * Change proposals: an author or coordinator accepts one (the replacement is
 * applied to the live chapter through Hocuspocus, stored in the chapter's
 * update log attributed to the proposer, in the transaction that marks the
 * proposal accepted) or rejects it with a reason.
 */
export class ProposalService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly comments: CommentService,
    private readonly content: ChapterContentService,
    private readonly chapterEvents: ChapterChangeEvents,
    private readonly editScope: EditScopeService,
  ) {}

  async accept(user: User, commentId: string): Promise<Comment> {
    let applied = false;
    let chapterId: string | null = null;
    let connection: Awaited<ReturnType<ChapterContentService['openDirect']>> | null = null;
    try {
      const comment = await this.db.transaction(async (em) => {
        const comment = await this.comments.lockVisible(em, user, commentId);
        const membership = await this.memberships.require(user, comment.projectId, 'dispose', em);
        // Accepting edits the chapter's text: only those who may edit it (the specialist-group scope).
        const chapter = await em.getRepository(Chapter).findOneByOrFail({ id: comment.chapterId });
        await this.editScope.assertMayEdit(membership, chapter, em);
        this.assertPending(comment);
        chapterId = comment.chapterId;
        const start = decodePosition(comment.anchorStart!.toString('base64'));
        const end = decodePosition(comment.anchorEnd!.toString('base64'));
        connection = await this.content.openDirect(comment.chapterId, { userId: user.id });
        // Assigned inside the transaction callback (TypeScript cannot see that).
        let update = null as Uint8Array | null;
        let refusal = null as Error | null;
        await connection.transact((doc) => {
          const range = start && end ? resolveRange(doc, start, end) : null;
          if (!range) {
            refusal = conflict('The proposal’s text was deleted', { currentText: null });
            return;
          }
          if (!sameText(range.text, comment.quote ?? '') || range.start.node !== range.end.node) {
            refusal = conflict('The text changed since the proposal was made', { currentText: range.text });
            return;
          }
          const capture = (u: Uint8Array) => (update = u);
          doc.on('update', capture);
          try {
            doc.transact(
              () => {
                const anchors = replaceRange(range, comment.proposal!);
                // The comment now marks the replacement (empty replacement: nothing left, so detached).
                comment.anchorStart = anchors ? Buffer.from(anchors.start) : comment.anchorStart;
                comment.anchorEnd = anchors ? Buffer.from(anchors.end) : comment.anchorEnd;
              },
              // The one who accepts changes the text: the edit is theirs (Sidst redigeret), as in the insert below.
              { context: { userId: user.id }, proposalOf: comment.authorId },
            );
          } finally {
            doc.off('update', capture);
          }
        });
        if (refusal) throw refusal;
        if (update) {
          applied = true;
          // Stored with the proposal's status in one transaction, attributed to the one who accepts it.
          await em.query('INSERT INTO chapter_update ("chapterId", update, "userId") VALUES ($1, $2, $3)', [
            comment.chapterId,
            Buffer.from(update),
            user.id,
          ]);
        }
        comment.replacedQuote = comment.quote;
        comment.quote = comment.proposal!.length > 0 ? comment.proposal : comment.quote;
        this.decide(comment, user, ProposalStatus.ACCEPTED, null);
        await recordAudit(em, {
          projectId: comment.projectId,
          actorId: user.id,
          action: 'proposal.accepted',
          subjectType: 'Comment',
          subjectId: comment.id,
          details: { chapterId: comment.chapterId, proposerId: comment.authorId },
        });
        return em.getRepository(Comment).save(comment);
      });
      this.chapterEvents.emitChapterChanged(comment.chapterId, user.id);
      this.comments.publish('PROPOSAL_ACCEPTED', comment);
      return comment;
    } catch (error) {
      // The live document is ahead of the database: its editors resync from storage.
      if (applied && chapterId) {
        log.error('review.proposal-store-failed', { chapterId, error: String(error) });
        this.content.reset(chapterId);
      }
      throw error;
    } finally {
      // After the commit, so a reload of the chapter (when nobody else has it open) reads the stored edit.
      await (connection as { disconnect(): unknown } | null)?.disconnect();
    }
  }

  async reject(user: User, commentId: string, reason: string): Promise<Comment> {
    const comment = await this.db.transaction(async (em) => {
      const comment = await this.comments.lockVisible(em, user, commentId);
      await this.memberships.require(user, comment.projectId, 'dispose', em);
      this.assertPending(comment);
      this.decide(comment, user, ProposalStatus.REJECTED, reason.trim());
      await recordAudit(em, {
        projectId: comment.projectId,
        actorId: user.id,
        action: 'proposal.rejected',
        subjectType: 'Comment',
        subjectId: comment.id,
        details: { chapterId: comment.chapterId, reason: comment.proposalReason },
      });
      return em.getRepository(Comment).save(comment);
    });
    this.comments.publish('PROPOSAL_REJECTED', comment);
    return comment;
  }

  private assertPending(comment: Comment) {
    if (comment.proposal === null || comment.proposalStatus === null)
      throw badInput('id', 'The comment has no proposal');
    if (comment.suggestionId)
      throw badInput(
        'id',
        'An in-text suggestion is accepted or rejected with acceptSuggestions/rejectSuggestions',
      );
    if (comment.deletedAt) throw conflict('The comment was deleted');
    if (comment.proposalStatus !== ProposalStatus.PENDING) throw conflict('The proposal was already decided');
  }

  private decide(comment: Comment, user: User, status: ProposalStatus, reason: string | null) {
    comment.proposalStatus = status;
    comment.proposalReason = reason;
    comment.proposalDecidedById = user.id;
    comment.proposalDecidedAt = new Date();
  }
}
