import { In, type DataSource } from 'typeorm';
import { badInput, notFound } from '../../core/errors';
import type { ClientInfo } from '../../core/client-info';
import { recordAudit } from '../../core/audit';
import { Chapter, ChapterStatus } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import type { Notification } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import { Organization } from '../organizations/organization.entity';
import type { MembershipChangeHook, MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { lockChapter } from '../documents/chapter-transitions';
import type { ApprovalService } from './approval.service';
import { ApprovingOrganization } from './approving-organization.entity';

/** Coordinators naming which organisations must approve a document's chapters. */
export class ApprovingOrganizationService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly approvals: ApprovalService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * After a membership change (inside its transaction): documents on the default list may have gained or
   * lost an approving organisation, so their chapters in the approval phase are settled again.
   */
  readonly membershipChanged: MembershipChangeHook = async (em, projectId, cause) => {
    const chapters: Chapter[] = await em
      .getRepository(Chapter)
      .createQueryBuilder('c')
      .where('c.projectId = :projectId', { projectId })
      .andWhere('c.status IN (:...statuses)', {
        statuses: [ChapterStatus.AWAITING_APPROVAL, ChapterStatus.APPROVED],
      })
      .andWhere('NOT EXISTS (SELECT 1 FROM approving_organization a WHERE a."documentId" = c."documentId")')
      .orderBy('c.id')
      .getMany();
    const notifications: Notification[] = [];
    const changed: Chapter[] = [];
    for (const { id } of chapters) {
      const chapter = await lockChapter(em, id);
      const result = await this.approvals.settleAndReport(em, chapter, undefined, cause);
      notifications.push(...result.notifications);
      if (result.changed) changed.push(chapter);
    }
    return () => {
      this.notifications.publish(notifications);
      this.approvals.publishChanged(changed);
    };
  };

  /** Coordinators only. An empty list goes back to the default (the working group's organisations that have an approver). */
  async set(
    user: User,
    documentId: string,
    organizationIds: string[],
    client: ClientInfo,
  ): Promise<Document> {
    const ids = [...new Set(organizationIds)].sort();
    const { document, notifications, chapters } = await this.db.transaction(async (em) => {
      const document = await em
        .getRepository(Document)
        .createQueryBuilder('d')
        .setLock('pessimistic_write')
        .where('d.id = :id', { id: documentId })
        .getOne();
      if (!document) throw notFound('Document');
      await this.memberships.require(user, document.projectId, 'manage', em);
      if (ids.length > 0 && (await em.getRepository(Organization).countBy({ id: In(ids) })) !== ids.length)
        throw badInput('organizationIds', 'Unknown organisation');
      const before = await this.approvals.requiredOrganizations(document, em);
      await em.getRepository(ApprovingOrganization).delete({ documentId });
      if (ids.length > 0)
        await em
          .getRepository(ApprovingOrganization)
          .insert(ids.map((organizationId) => ({ documentId, organizationId })));
      await recordAudit(em, {
        projectId: document.projectId,
        actorId: user.id,
        action: 'document.approving_organizations_set',
        subjectType: 'Document',
        subjectId: document.id,
        details: { before: before.organizationIds, after: ids, default: ids.length === 0 },
        ip: client.ip,
      });
      // A changed list can complete (or reopen) the approval of chapters already in the approval phase.
      const chapters = await em.getRepository(Chapter).find({
        where: { documentId, status: In([ChapterStatus.AWAITING_APPROVAL, ChapterStatus.APPROVED]) },
        order: { position: 'ASC' },
      });
      const notifications: Notification[] = [];
      for (const { id } of chapters)
        notifications.push(
          ...(await this.approvals.settle(em, await lockChapter(em, id), undefined, {
            actorId: user.id,
            ip: client.ip,
          })),
        );
      return { document, notifications, chapters };
    });
    this.notifications.publish(notifications);
    this.approvals.publishChanged(chapters);
    return document;
  }
}
