import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, forbidden } from '../../core/errors';
import type { ClientInfo } from '../../core/client-info';
import { Topic, type AppPubSub } from '../../core/pubsub';
import { recordAudit } from '../../core/audit';
import type { ChapterStoreService } from '../collab/chapter-store.service';
import { Chapter, ChapterStatus } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { NotificationKind, type Notification } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import { Organization } from '../organizations/organization.entity';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { storedChapterState, type ChapterState } from '../versions/chapter-state';
import { ChapterVersion, VersionKind } from '../versions/chapter-version.entity';
import type { VersionService } from '../versions/version.service';
import { changeStatus, lockChapter, type TransitionCause } from '../documents/chapter-transitions';
import type { ApproveChapterInput, RequestChapterChangesInput } from './approval.inputs';
import { requiredOrganizationList } from './approving-organizations';
import { ApprovalDecision, ChapterApproval } from './chapter-approval.entity';

export const DISMISSED_CONTENT_CHANGED = 'CONTENT_CHANGED';

export interface RequiredOrganizations {
  organizationIds: string[];
  /** True while no coordinator has named the list. */
  isDefault: boolean;
}

/**
 * Per-organisation sign-off on the exact text of a chapter. Every decision is
 * tied to the content fingerprint it was given on; `settle` dismisses
 * approvals of older content and moves the chapter between AWAITING_APPROVAL
 * and APPROVED. Every method that changes something is one transaction with
 * its audit entries; notifications are published after commit.
 */
export class ApprovalService {
  constructor(
    private readonly db: DataSource,
    private readonly store: ChapterStoreService,
    private readonly memberships: MembershipService,
    private readonly versions: VersionService,
    private readonly notifications: NotificationService,
    private readonly pubSub: AppPubSub,
  ) {}

  /** Tells dashboards that a chapter's status or approvals changed; call after commit. */
  publishChanged(chapters: Pick<Chapter, 'id' | 'projectId'>[]): void {
    for (const c of chapters)
      this.pubSub.publish(Topic.ChapterWorkflowChanged, c.projectId, {
        projectId: c.projectId,
        chapterId: c.id,
      });
  }

  /** The document's approving organisations: the coordinator's list, else the working group's organisations that have an approver. */
  async requiredOrganizations(
    document: Pick<Document, 'id' | 'projectId'>,
    em: EntityManager = this.db.manager,
  ): Promise<RequiredOrganizations> {
    return requiredOrganizationList(em, document);
  }

  async approve(user: User, input: ApproveChapterInput, client: ClientInfo): Promise<Chapter> {
    return this.decide(user, input.chapterId, input.organizationId, client, async (em, chapter, current) => {
      if (chapter.status !== ChapterStatus.AWAITING_APPROVAL)
        throw conflict('Only a chapter awaiting approval can be approved', { status: chapter.status });
      if (input.contentFingerprint && input.contentFingerprint !== current.fingerprint)
        throw conflict('The text has changed since you read it', { field: 'contentFingerprint' });
      const approval = await this.record(
        em,
        chapter,
        user,
        input.organizationId,
        ApprovalDecision.APPROVED,
        null,
        current,
      );
      // The approved text stays viewable (and diffable) as a version, even after it goes stale.
      if (!(await this.versionOf(em, chapter.id, current.fingerprint))) {
        const organization = await em
          .getRepository(Organization)
          .findOneByOrFail({ id: input.organizationId });
        await this.versions.snapshot(
          em,
          chapter,
          VersionKind.APPROVAL,
          `Godkendt af ${organization.shortName ?? organization.name}`,
          user.id,
          current,
        );
      }
      await recordAudit(em, {
        projectId: chapter.projectId,
        actorId: user.id,
        action: 'approval.given',
        subjectType: 'Chapter',
        subjectId: chapter.id,
        details: {
          approvalId: approval.id,
          organizationId: input.organizationId,
          contentFingerprint: current.fingerprint,
        },
        ip: client.ip,
      });
    });
  }

  async requestChanges(user: User, input: RequestChapterChangesInput, client: ClientInfo): Promise<Chapter> {
    const reason = input.reason.trim();
    if (!reason) throw badInput('reason', 'Say what must change');
    return this.decide(user, input.chapterId, input.organizationId, client, async (em, chapter, current) => {
      if (chapter.status !== ChapterStatus.AWAITING_APPROVAL && chapter.status !== ChapterStatus.APPROVED)
        throw conflict('Changes can be requested only while a chapter awaits or has approval', {
          status: chapter.status,
        });
      const approval = await this.record(
        em,
        chapter,
        user,
        input.organizationId,
        ApprovalDecision.CHANGES_REQUESTED,
        reason,
        current,
      );
      await recordAudit(em, {
        projectId: chapter.projectId,
        actorId: user.id,
        action: 'approval.changes_requested',
        subjectType: 'Chapter',
        subjectId: chapter.id,
        details: { approvalId: approval.id, organizationId: input.organizationId, reason },
        ip: client.ip,
      });
    });
  }

  /**
   * Dismisses approvals given on other content than `current`, then moves the
   * chapter APPROVED → AWAITING_APPROVAL (something is no longer approved) or
   * AWAITING_APPROVAL → APPROVED (every approving organisation approved this
   * content). Runs in the caller's transaction with the chapter row locked.
   * Returns the notifications to publish after commit.
   */
  async settle(
    em: EntityManager,
    chapter: Chapter,
    current: ChapterState | undefined,
    by: TransitionCause,
  ): Promise<Notification[]> {
    return (await this.settleAndReport(em, chapter, current, by)).notifications;
  }

  /** `settle`, also saying whether anything changed (an approval dismissed or the status moved). */
  async settleAndReport(
    em: EntityManager,
    chapter: Chapter,
    current: ChapterState | undefined,
    by: TransitionCause,
  ): Promise<{ notifications: Notification[]; changed: boolean }> {
    const statusBefore = chapter.status;
    const state = current ?? (await storedChapterState(this.store, chapter.id));
    const decisions = await em
      .getRepository(ChapterApproval)
      .find({ where: { chapterId: chapter.id, supersededAt: IsNull() } });
    const stale = decisions.filter(
      (d) =>
        d.decision === ApprovalDecision.APPROVED &&
        !d.dismissedAt &&
        d.contentFingerprint !== state.fingerprint,
    );
    const notifications: Notification[] = [];
    if (stale.length > 0) {
      const now = new Date();
      await em
        .getRepository(ChapterApproval)
        .update(
          { id: In(stale.map((d) => d.id)) },
          { dismissedAt: now, dismissedReason: DISMISSED_CONTENT_CHANGED },
        );
      for (const d of stale) {
        d.dismissedAt = now;
        d.dismissedReason = DISMISSED_CONTENT_CHANGED;
        await recordAudit(em, {
          projectId: chapter.projectId,
          actorId: by.actorId,
          action: 'approval.dismissed',
          subjectType: 'Chapter',
          subjectId: chapter.id,
          details: {
            approvalId: d.id,
            organizationId: d.organizationId,
            approvedById: d.userId,
            approvedAt: d.createdAt.toISOString(),
            reason: DISMISSED_CONTENT_CHANGED,
          },
          ip: by.ip,
        });
      }
      const approvers = [...new Set(stale.map((d) => d.userId).filter((id): id is string => id !== null))];
      notifications.push(
        ...(await this.notifications.create(
          em,
          approvers.map((userId) => ({
            userId,
            kind: NotificationKind.APPROVAL_DISMISSED,
            projectId: chapter.projectId,
            chapterId: chapter.id,
            actorId: by.actorId,
            data: {
              chapterTitle: chapter.title,
              documentId: chapter.documentId,
              organizationIds: stale.filter((d) => d.userId === userId).map((d) => d.organizationId),
              reason: DISMISSED_CONTENT_CHANGED,
            },
          })),
        )),
      );
    }

    const { organizationIds } = await this.requiredOrganizations(
      { id: chapter.documentId, projectId: chapter.projectId },
      em,
    );
    const approved = (org: string) =>
      decisions.some(
        (d) =>
          d.organizationId === org &&
          d.decision === ApprovalDecision.APPROVED &&
          !d.dismissedAt &&
          d.contentFingerprint === state.fingerprint,
      );
    // With no approving organisation nobody can sign off: the chapter waits until a coordinator names one.
    const complete = organizationIds.length > 0 && organizationIds.every(approved);
    if (chapter.status === ChapterStatus.APPROVED && !complete) {
      await changeStatus(em, chapter, ChapterStatus.AWAITING_APPROVAL, {
        ...by,
        automatic: true,
        reason: stale.length > 0 ? DISMISSED_CONTENT_CHANGED : 'APPROVAL_INCOMPLETE',
      });
    } else if (chapter.status === ChapterStatus.AWAITING_APPROVAL && complete) {
      await changeStatus(em, chapter, ChapterStatus.APPROVED, {
        ...by,
        automatic: true,
        reason: 'ALL_APPROVED',
      });
      const existing = await this.versionOf(em, chapter.id, state.fingerprint);
      if (existing?.kind !== VersionKind.APPROVAL)
        await this.versions.snapshot(em, chapter, VersionKind.APPROVAL, 'Godkendt', by.actorId, state);
    }
    return { notifications, changed: stale.length > 0 || chapter.status !== statusBefore };
  }

  /**
   * After edits were stored: dismisses approvals of older content. Cheap when
   * the chapter has no standing approval (one indexed query), which is the
   * normal case while people type.
   */
  async recheck(chapterId: string, editorId: string | null): Promise<void> {
    const standing = await this.db.getRepository(ChapterApproval).existsBy({
      chapterId,
      supersededAt: IsNull(),
      dismissedAt: IsNull(),
      decision: ApprovalDecision.APPROVED,
    });
    if (!standing) return;
    const { chapter, notifications, changed } = await this.db.transaction(async (em) => {
      const chapter = await em
        .getRepository(Chapter)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id: chapterId })
        .getOne();
      if (!chapter) return { chapter: null, notifications: [], changed: false };
      const cause = { actorId: editorId, ip: null, automatic: true };
      return { chapter, ...(await this.settleAndReport(em, chapter, undefined, cause)) };
    });
    this.notifications.publish(notifications);
    if (chapter && changed) this.publishChanged([chapter]);
  }

  /** Chapters with an approval that is still standing (to re-check after a restart). */
  async chaptersWithStandingApprovals(): Promise<string[]> {
    const rows: { chapterId: string }[] = await this.db.query(
      `SELECT DISTINCT "chapterId" FROM chapter_approval
        WHERE "supersededAt" IS NULL AND "dismissedAt" IS NULL AND decision = 'APPROVED'`,
    );
    return rows.map((r) => r.chapterId);
  }

  /** Checks who may decide, then runs `act` and `settle` in one transaction with the chapter locked. */
  private async decide(
    user: User,
    chapterId: string,
    organizationId: string,
    client: ClientInfo,
    act: (em: EntityManager, chapter: Chapter, current: ChapterState) => Promise<void>,
  ): Promise<Chapter> {
    const { chapter, notifications } = await this.db.transaction(async (em) => {
      const chapter = await lockChapter(em, chapterId);
      await this.memberships.require(user, chapter.projectId, 'approve', em);
      if (organizationId !== user.organizationId)
        throw forbidden('You may decide only for your own organisation');
      const { organizationIds } = await this.requiredOrganizations(
        { id: chapter.documentId, projectId: chapter.projectId },
        em,
      );
      if (!organizationIds.includes(organizationId))
        throw conflict('Your organisation is not an approving organisation of this document', {
          field: 'organizationId',
        });
      const current = await storedChapterState(this.store, chapter.id);
      await act(em, chapter, current);
      const notifications = await this.settle(em, chapter, current, cause(user, client));
      return { chapter, notifications };
    });
    this.notifications.publish(notifications);
    this.publishChanged([chapter]);
    return chapter;
  }

  /** The latest version of exactly this content, if one was taken. */
  private versionOf(em: EntityManager, chapterId: string, contentFingerprint: string) {
    return em.getRepository(ChapterVersion).findOne({
      where: { chapterId, contentFingerprint },
      order: { createdAt: 'DESC' },
      select: { id: true, kind: true },
    });
  }

  /** Supersedes the organisation's current decision and records the new one. */
  private async record(
    em: EntityManager,
    chapter: Chapter,
    user: User,
    organizationId: string,
    decision: ApprovalDecision,
    reason: string | null,
    current: ChapterState,
  ): Promise<ChapterApproval> {
    const repo = em.getRepository(ChapterApproval);
    await repo.update(
      { chapterId: chapter.id, organizationId, supersededAt: IsNull() },
      { supersededAt: new Date() },
    );
    return repo.save(
      repo.create({
        chapterId: chapter.id,
        projectId: chapter.projectId,
        organizationId,
        userId: user.id,
        decision,
        reason,
        contentFingerprint: current.fingerprint,
      }),
    );
  }
}

const cause = (user: User, client: ClientInfo): TransitionCause => ({
  actorId: user.id,
  ip: client.ip,
});
