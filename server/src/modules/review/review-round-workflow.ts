import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../../core/errors';
import { log } from '../../core/logger';
import { Topic, type AppPubSub } from '../../core/pubsub';
import { recordAudit } from '../../core/audit';
import { ChapterStatus, type Chapter } from '../documents/chapter.entity';
import { NotificationKind, type Notification } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import { changeStatus, lockChapter, type TransitionCause } from '../documents/chapter-transitions';
import type { ReviewEvents } from './review-events';
import { ReviewRound } from './review-round.entity';

/** Reviewers are reminded when this little time remains before a round's deadline. */
export const REMINDER_BEFORE_MS = 48 * 3600 * 1000;

/**
 * A round may include chapters still being written (DRAFT, or REVISION after an
 * earlier round or a return). A chapter already submitted, approved or
 * published is refused with CONFLICT: comments on it could not change the
 * text without dismissing sign-offs, so a coordinator first returns it to
 * revision (or starts the document's revision). IN_REVIEW is accepted only for
 * a chapter whose earlier round's deadline has passed but whose close has not
 * been processed yet (the overlap check refuses a chapter in an open round).
 */
export const ROUND_MAY_INCLUDE: readonly ChapterStatus[] = [
  ChapterStatus.DRAFT,
  ChapterStatus.REVISION,
  ChapterStatus.IN_REVIEW,
];

export interface RoundChanges {
  /** Chapters whose status changed (for chapterWorkflowChanged after commit). */
  chapters: Chapter[];
  notifications: Notification[];
}

/**
 * What a review round does to its chapters and who is told: opening puts the
 * chapters IN_REVIEW and notifies; closing (deadline or early) returns them to
 * REVISION. The close is claimed in the database (`closeAnnouncedAt`), so with
 * any number of instances the close event, the status changes and their audit
 * entries happen exactly once, also across restarts.
 */
export class ReviewRoundWorkflow {
  constructor(
    private readonly db: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly events: ReviewEvents,
    private readonly notifications: NotificationService,
  ) {}

  /** In the opening transaction: the round's chapters go to IN_REVIEW; hearing list and working group are told. */
  async opened(em: EntityManager, round: ReviewRound, cause: TransitionCause): Promise<RoundChanges> {
    const chapters = await lockChapters(em, round.chapterIds);
    const refused = chapters.filter((c) => !ROUND_MAY_INCLUDE.includes(c.status));
    if (refused.length > 0)
      throw conflict(
        'A review round can include only chapters in draft or revision; return the others to revision first',
        { chapterIds: refused.map((c) => c.id), statuses: refused.map((c) => c.status) },
      );
    const changed: Chapter[] = [];
    for (const chapter of chapters) {
      if (chapter.status === ChapterStatus.IN_REVIEW) continue;
      await changeStatus(em, chapter, ChapterStatus.IN_REVIEW, { ...cause, reason: 'REVIEW_ROUND_OPENED' });
      changed.push(chapter);
    }
    const recipients: { userId: string }[] = await em.query(
      `SELECT DISTINCT m."userId" FROM membership m JOIN app_user u ON u.id = m."userId"
        WHERE m."projectId" = $1 AND m."userId" IS DISTINCT FROM $3
          AND (m.role IN ('AUTHOR', 'COORDINATOR')
               OR (m.role = 'REVIEWER' AND u."organizationId" = ANY($2::uuid[])))`,
      [round.projectId, round.organizationIds, cause.actorId],
    );
    const data = await roundData(em, round);
    const notifications = await this.notifications.create(
      em,
      recipients.map(({ userId }) => ({
        userId,
        kind: NotificationKind.ROUND_OPENED,
        projectId: round.projectId,
        actorId: cause.actorId,
        data,
      })),
    );
    return { chapters: changed, notifications };
  }

  /**
   * Claims the close of a round whose deadline is at or before `now`, in the
   * caller's transaction, and returns its IN_REVIEW chapters to REVISION
   * (except one already in a newer open round). Null when someone else —
   * another instance's timer, an early close — has claimed it.
   */
  async claimClose(
    em: EntityManager,
    round: ReviewRound,
    now: Date,
    cause: TransitionCause,
  ): Promise<RoundChanges | null> {
    const claimed: { id: string }[] = await em.query(
      `WITH claimed AS (
         UPDATE review_round SET "closeAnnouncedAt" = $2
          WHERE id = $1 AND deadline <= $2 AND "closeAnnouncedAt" IS NULL RETURNING id)
       SELECT id FROM claimed`,
      [round.id, now],
    );
    if (claimed.length === 0) return null;
    round.closeAnnouncedAt = now;
    const elsewhere: { chapterId: string }[] = await em.query(
      `SELECT DISTINCT unnest("chapterIds") AS "chapterId" FROM review_round
        WHERE id <> $1 AND deadline > $2 AND "chapterIds" && $3::uuid[]`,
      [round.id, now, round.chapterIds],
    );
    const stillUnderReview = new Set(elsewhere.map((r) => r.chapterId));
    const changed: Chapter[] = [];
    for (const chapter of await lockChapters(em, round.chapterIds)) {
      if (chapter.status !== ChapterStatus.IN_REVIEW || stillUnderReview.has(chapter.id)) continue;
      await changeStatus(em, chapter, ChapterStatus.REVISION, {
        ...cause,
        automatic: cause.actorId === null,
        reason: 'REVIEW_ROUND_CLOSED',
      });
      changed.push(chapter);
    }
    return { chapters: changed, notifications: [] };
  }

  /**
   * The deadline close (timer or sweep): claims it and announces it if this
   * instance won. Returns whether it did.
   */
  async closeIfDue(roundId: string): Promise<boolean> {
    const now = new Date();
    const result = await this.db.transaction(async (em) => {
      const round = await em.getRepository(ReviewRound).findOneBy({ id: roundId });
      if (!round) return null;
      const changes = await this.claimClose(em, round, now, { actorId: null, ip: null });
      if (!changes) return null;
      await recordAudit(em, {
        projectId: round.projectId,
        actorId: null,
        action: 'review-round.closed',
        subjectType: 'ReviewRound',
        subjectId: round.id,
        details: {
          documentId: round.documentId,
          title: round.title,
          early: false,
          deadline: round.deadline.toISOString(),
        },
      });
      return { round, changes };
    });
    // Tests with several instances read these lines to know every instance tried.
    log.info(result ? 'review.round-close-claimed' : 'review.round-close-not-claimed', { roundId });
    if (result) {
      this.events.publish('ROUND_CLOSED', {
        projectId: result.round.projectId,
        documentId: result.round.documentId,
        roundId: result.round.id,
      });
      this.publish(result.changes);
    }
    return result !== null;
  }

  /** Every round whose deadline passed and whose close nobody claimed yet (at start and on each sweep). */
  async closeDue(): Promise<void> {
    const due: { id: string }[] = await this.db.query(
      'SELECT id FROM review_round WHERE deadline <= $1 AND "closeAnnouncedAt" IS NULL ORDER BY deadline',
      [new Date()],
    );
    for (const { id } of due) await this.closeIfDue(id);
  }

  /**
   * Tells each reviewer on the hearing list whose organisation has not
   * responded yet that the round closes within 48 hours — once per round per
   * recipient (the reminder table's primary key), for rounds that were open
   * when 48 hours remained. `roundId` limits it to one round (its timer).
   */
  async remindDue(roundId?: string): Promise<void> {
    const now = new Date();
    const created = await this.db.transaction(async (em) => {
      const sent: { roundId: string; userId: string }[] = await em.query(
        `WITH due AS (
           SELECT r.id, r."projectId", r."organizationIds" FROM review_round r
            WHERE r.deadline > $1 AND r.deadline <= $1::timestamptz + $2 * interval '1 millisecond'
              AND r."openedAt" <= r.deadline - $2 * interval '1 millisecond'
              AND ($3::uuid IS NULL OR r.id = $3::uuid))
         INSERT INTO review_round_reminder ("roundId", "userId")
         SELECT due.id, m."userId" FROM due
           JOIN membership m ON m."projectId" = due."projectId" AND m.role = 'REVIEWER'
           JOIN app_user u ON u.id = m."userId" AND u."organizationId" = ANY(due."organizationIds")
          WHERE NOT EXISTS (
            SELECT 1 FROM comment c
             WHERE c."roundId" = due.id AND c."parentId" IS NULL AND NOT c.internal
               AND c."deletedAt" IS NULL AND c."organizationId" = u."organizationId")
         ON CONFLICT DO NOTHING
         RETURNING "roundId", "userId"`,
        [now, REMINDER_BEFORE_MS, roundId ?? null],
      );
      if (sent.length === 0) return [];
      const rounds = await em
        .getRepository(ReviewRound)
        .createQueryBuilder('r')
        .where('r.id = ANY(:ids::uuid[])', { ids: [...new Set(sent.map((s) => s.roundId))] })
        .getMany();
      const all: Notification[] = [];
      for (const round of rounds) {
        const data = await roundData(em, round);
        all.push(
          ...(await this.notifications.create(
            em,
            sent
              .filter((s) => s.roundId === round.id)
              .map(({ userId }) => ({
                userId,
                kind: NotificationKind.ROUND_CLOSING_SOON,
                projectId: round.projectId,
                data,
              })),
          )),
        );
      }
      return all;
    });
    this.notifications.publish(created);
  }

  /** After commit: dashboards hear of the status changes, recipients of their notifications. */
  publish(changes: RoundChanges): void {
    this.notifications.publish(changes.notifications);
    for (const c of changes.chapters)
      this.pubSub.publish(Topic.ChapterWorkflowChanged, c.projectId, {
        projectId: c.projectId,
        chapterId: c.id,
      });
  }
}

/** The round's chapters, each row locked, in id order (the order every chapter lock is taken in). */
async function lockChapters(em: EntityManager, ids: string[]): Promise<Chapter[]> {
  const chapters: Chapter[] = [];
  for (const id of [...ids].sort()) chapters.push(await lockChapter(em, id));
  return chapters;
}

/** What the client needs to word a round notification and link to the round. */
async function roundData(em: EntityManager, round: ReviewRound): Promise<Record<string, unknown>> {
  const [document]: { title: string }[] = await em.query('SELECT title FROM document WHERE id = $1', [
    round.documentId,
  ]);
  return {
    roundId: round.id,
    roundTitle: round.title,
    documentId: round.documentId,
    documentTitle: document?.title ?? null,
    deadline: round.deadline.toISOString(),
  };
}
