import type { EntityManager } from 'typeorm';
import { assertFound } from '../../core/errors';
import { recordAudit } from '../../core/audit';
import { Chapter, ChapterStatus } from './chapter.entity';

/**
 * The chapter workflow (issue 5). Explicit transitions, each with who may ask for it:
 *   DRAFT | REVISION      → IN_REVIEW          openReviewRound including the chapter (coordinator); a round
 *                                              on a chapter AWAITING_APPROVAL, APPROVED or PUBLISHED is
 *                                              refused with CONFLICT (review/review-round-workflow.ts)
 *   IN_REVIEW             → REVISION           its round closes: deadline (timer, claimed once in the
 *                                              database) or closeReviewRound (coordinator)
 *   DRAFT | REVISION      → AWAITING_APPROVAL  submitChapterForApproval (author or coordinator); CONFLICT
 *                                              while IN_REVIEW
 *   AWAITING_APPROVAL | APPROVED → REVISION    returnChapterToRevision (coordinator)
 *   AWAITING_APPROVAL     → APPROVED           automatic: every approving organisation approved the current text
 *   APPROVED              → AWAITING_APPROVAL  automatic: the text changed or an organisation requested changes
 *   APPROVED (every chapter) → PUBLISHED       publishEdition (coordinator)
 *   PUBLISHED             → REVISION           startDocumentRevision (coordinator)
 */
export const SUBMITTABLE_FROM: readonly ChapterStatus[] = [ChapterStatus.DRAFT, ChapterStatus.REVISION];
export const RETURNABLE_FROM: readonly ChapterStatus[] = [
  ChapterStatus.AWAITING_APPROVAL,
  ChapterStatus.APPROVED,
];

/** Locks the chapter row: workflow, approvals and staleness checks of one chapter run one at a time. */
export async function lockChapter(em: EntityManager, chapterId: string): Promise<Chapter> {
  const chapter = await em
    .getRepository(Chapter)
    .createQueryBuilder('c')
    .setLock('pessimistic_write')
    .where('c.id = :id', { id: chapterId })
    .getOne();
  return assertFound(chapter, 'Chapter');
}

export interface TransitionCause {
  actorId: string | null;
  ip: string | null;
  /** Why, for automatic transitions and returns (e.g. CONTENT_CHANGED, ALL_APPROVED). */
  reason?: string | null;
  automatic?: boolean;
}

/** Changes the status and writes the audit entry in the same transaction. */
export async function changeStatus(
  em: EntityManager,
  chapter: Chapter,
  to: ChapterStatus,
  cause: TransitionCause,
): Promise<void> {
  const from = chapter.status;
  if (from === to) return;
  await em.getRepository(Chapter).update({ id: chapter.id }, { status: to });
  chapter.status = to;
  await recordAudit(em, {
    projectId: chapter.projectId,
    actorId: cause.actorId,
    action: 'chapter.status_changed',
    subjectType: 'Chapter',
    subjectId: chapter.id,
    details: {
      from,
      to,
      automatic: cause.automatic ?? false,
      ...(cause.reason ? { reason: cause.reason } : {}),
    },
    ip: cause.ip,
  });
}
