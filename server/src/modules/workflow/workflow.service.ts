import type { DataSource } from 'typeorm';
import { conflict } from '../../core/errors';
import type { ClientInfo } from '../../core/client-info';
import type { ApprovalService } from '../approvals/approval.service';
import { Chapter, ChapterStatus } from '../documents/chapter.entity';
import { NotificationKind } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { storedChapterState } from '../versions/chapter-state';
import { VersionKind } from '../versions/chapter-version.entity';
import type { VersionService } from '../versions/version.service';
import type { ChapterStoreService } from '../collab/chapter-store.service';
import type { ReviewRoundWorkflow } from '../review/review-round-workflow';
import {
  changeStatus,
  lockChapter,
  RETURNABLE_FROM,
  SUBMITTABLE_FROM,
} from '../documents/chapter-transitions';

/** MAX length of the optional reason a coordinator gives when returning a chapter to revision. */
export const MAX_RETURN_REASON_LENGTH = 4000;

/** The explicit chapter transitions (see chapter-transitions.ts for the whole workflow). */
export class WorkflowService {
  constructor(
    private readonly db: DataSource,
    private readonly store: ChapterStoreService,
    private readonly memberships: MembershipService,
    private readonly approvals: ApprovalService,
    private readonly versions: VersionService,
    private readonly notifications: NotificationService,
    private readonly rounds: ReviewRoundWorkflow,
  ) {}

  /** Author or coordinator; DRAFT or REVISION → AWAITING_APPROVAL (→ APPROVED at once if every approval still holds). */
  async submit(user: User, chapterId: string, client: ClientInfo): Promise<Chapter> {
    const before = await this.db
      .getRepository(Chapter)
      .findOne({ where: { id: chapterId }, select: { id: true, status: true } });
    // A round whose deadline passed is closed, even if no timer has processed it yet: do that first.
    if (before?.status === ChapterStatus.IN_REVIEW) await this.rounds.closeDue();
    const { chapter, notifications } = await this.db.transaction(async (em) => {
      const chapter = await lockChapter(em, chapterId);
      await this.memberships.require(user, chapter.projectId, 'submit', em);
      if (chapter.status === ChapterStatus.IN_REVIEW)
        throw conflict(
          'A chapter in an open review round cannot be submitted for approval; wait for the round to close or close it early',
          { status: chapter.status },
        );
      if (!SUBMITTABLE_FROM.includes(chapter.status))
        throw conflict('A chapter can be submitted for approval only from DRAFT or REVISION', {
          status: chapter.status,
        });
      const by = { actorId: user.id, ip: client.ip };
      await changeStatus(em, chapter, ChapterStatus.AWAITING_APPROVAL, by);
      const current = await storedChapterState(this.store, chapter.id);
      await this.versions.snapshot(
        em,
        chapter,
        VersionKind.SUBMISSION,
        'Indsendt til godkendelse',
        user.id,
        current,
      );
      const { organizationIds } = await this.approvals.requiredOrganizations(
        { id: chapter.documentId, projectId: chapter.projectId },
        em,
      );
      const approvers: { userId: string }[] = await em.query(
        `SELECT m."userId" FROM membership m JOIN app_user u ON u.id = m."userId"
          WHERE m."projectId" = $1 AND m."isApprover" AND m.role IN ('COORDINATOR', 'AUTHOR')
            AND u."organizationId" = ANY($2::uuid[]) AND m."userId" <> $3`,
        [chapter.projectId, organizationIds, user.id],
      );
      const requested = await this.notifications.create(
        em,
        approvers.map(({ userId }) => ({
          userId,
          kind: NotificationKind.APPROVAL_REQUESTED,
          projectId: chapter.projectId,
          chapterId: chapter.id,
          actorId: user.id,
          data: { chapterTitle: chapter.title, documentId: chapter.documentId },
        })),
      );
      const settled = await this.approvals.settle(em, chapter, current, by);
      return { chapter, notifications: [...requested, ...settled] };
    });
    this.notifications.publish(notifications);
    this.approvals.publishChanged([chapter]);
    return chapter;
  }

  /** Coordinator; AWAITING_APPROVAL or APPROVED → REVISION. Standing approvals stay until the text changes. */
  async returnToRevision(
    user: User,
    chapterId: string,
    reason: string | null | undefined,
    client: ClientInfo,
  ): Promise<Chapter> {
    const chapter = await this.db.transaction(async (em) => {
      const chapter = await lockChapter(em, chapterId);
      await this.memberships.require(user, chapter.projectId, 'manage', em);
      if (!RETURNABLE_FROM.includes(chapter.status))
        throw conflict('Only a chapter awaiting or having approval can be returned to revision', {
          status: chapter.status,
        });
      await changeStatus(em, chapter, ChapterStatus.REVISION, {
        actorId: user.id,
        ip: client.ip,
        reason: reason?.trim() || null,
      });
      return chapter;
    });
    this.approvals.publishChanged([chapter]);
    return chapter;
  }
}
