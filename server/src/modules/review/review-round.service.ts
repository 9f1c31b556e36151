import type { DataSource, EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import { assertFound, badInput, conflict, forbidden, notFound } from '../../core/errors';
import type { ClientInfo } from '../../core/client-info';
import { recordAudit } from '../../core/audit';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { NotificationKind } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import { Membership, Role } from '../projects/membership.entity';
import type { MembershipService } from '../projects/membership.service';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Comment } from './comment.entity';
import type { CommentService } from './comment.service';
import type { ReviewEvents } from './review-events';
import { DEFAULT_ROUND_DAYS, isRoundOpen, ReviewRound } from './review-round.entity';
import type { DisposeCommentInput, OpenReviewRoundInput } from './review-round.inputs';
import type { ReviewRoundWorkflow, RoundChanges } from './review-round-workflow';
import { maySeeRoundResults } from './review.policy';

export interface ProgressCount {
  received: number;
  disposed: number;
  open: number;
}

/** Review rounds: opened, extended and closed by coordinators; dispositions by the working group. */
export class ReviewRoundService {
  /** Told when a round's deadline changed, so the close timer follows. */
  onDeadlineChanged: (round: ReviewRound) => void = () => undefined;

  private readonly openedHooks: ((em: EntityManager, round: ReviewRound) => Promise<void>)[] = [];

  /** Work done in the transaction that opens a round (the chapters' versions at its start). */
  onOpened(hook: (em: EntityManager, round: ReviewRound) => Promise<void>): void {
    this.openedHooks.push(hook);
  }

  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly comments: CommentService,
    private readonly events: ReviewEvents,
    private readonly notifications: NotificationService,
    private readonly workflow: ReviewRoundWorkflow,
  ) {}

  async list(user: User, documentId: string): Promise<ReviewRound[]> {
    const document = assertFound(
      await this.db.getRepository(Document).findOneBy({ id: documentId }),
      'Document',
    );
    await this.memberships.require(user, document.projectId, 'read');
    return this.db.getRepository(ReviewRound).find({ where: { documentId }, order: { openedAt: 'DESC' } });
  }

  async get(user: User, id: string, em: EntityManager = this.db.manager): Promise<ReviewRound> {
    const round = await em.getRepository(ReviewRound).findOneBy({ id });
    if (!round || !(await this.memberships.forUser(user.id, round.projectId, em)))
      throw notFound('Review round');
    return round;
  }

  /** Coordinators; the chapters go to IN_REVIEW (CONFLICT for chapters past revision, see ROUND_MAY_INCLUDE). */
  async open(user: User, input: OpenReviewRoundInput, client: ClientInfo): Promise<ReviewRound> {
    const { round, changes } = await this.db.transaction(async (em) => {
      const document = assertFound(
        await em.getRepository(Document).findOneBy({ id: input.documentId }),
        'Document',
      );
      await this.memberships.require(user, document.projectId, 'manage', em);
      const now = new Date();
      const deadline = input.deadline ?? new Date(now.getTime() + DEFAULT_ROUND_DAYS * 24 * 3600 * 1000);
      if (deadline.getTime() <= now.getTime())
        throw badInput('deadline', 'The deadline must be in the future');
      const chapterIds = [...new Set(input.chapterIds)];
      const chapters = await em
        .getRepository(Chapter)
        .countBy({ id: In(chapterIds), documentId: document.id });
      if (chapters !== chapterIds.length) throw badInput('chapterIds', 'Choose chapters of this document');
      const organizationIds = input.organizationIds
        ? [...new Set(input.organizationIds)]
        : await this.reviewerOrganizations(em, document.projectId);
      if (organizationIds.length === 0)
        throw badInput('organizationIds', 'The project has no reviewers: add the reference group first');
      const known: { n: number }[] = await em.query(
        'SELECT count(*)::int AS n FROM organization WHERE id = ANY($1::uuid[])',
        [organizationIds],
      );
      if (known[0].n !== organizationIds.length) throw badInput('organizationIds', 'Unknown organisation');
      // One open round per chapter, so a reviewer's comment belongs to exactly one round.
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 11))', [document.id]);
      const overlapping = await em
        .getRepository(ReviewRound)
        .createQueryBuilder('r')
        .where('r."documentId" = :documentId AND r.deadline > :now', { documentId: document.id, now })
        .andWhere('r."chapterIds" && :chapterIds::uuid[]', { chapterIds })
        .getMany();
      if (overlapping.length > 0) {
        // Name the chapters and the round(s) that hold them, so the coordinator knows what to untick.
        const taken = chapterIds.filter((c) => overlapping.some((r) => r.chapterIds.includes(c)));
        throw conflict(
          `An open review round (${overlapping.map((r) => r.title).join(', ')}) already includes ${taken.length} of these chapters`,
          {
            reason: 'CHAPTER_IN_OPEN_ROUND',
            chapterIds: taken,
            rounds: overlapping.map((r) => ({
              id: r.id,
              title: r.title,
              chapterIds: r.chapterIds.filter((c) => taken.includes(c)),
            })),
          },
        );
      }
      const round = await em.getRepository(ReviewRound).save(
        em.getRepository(ReviewRound).create({
          projectId: document.projectId,
          documentId: document.id,
          title: input.title.trim(),
          letter: input.letter,
          chapterIds,
          organizationIds,
          deadline,
          openedById: user.id,
        }),
      );
      await this.audit(em, user, round, 'review-round.opened', {
        deadline: deadline.toISOString(),
        chapterIds,
        organizationIds,
      });
      for (const hook of this.openedHooks) await hook(em, round);
      const changes = await this.workflow.opened(em, round, { actorId: user.id, ip: client.ip });
      return { round, changes };
    });
    this.onDeadlineChanged(round);
    this.publish('ROUND_OPENED', round);
    this.workflow.publish(changes);
    return round;
  }

  /** Moves an open round's deadline later. */
  async extend(user: User, id: string, deadline: Date): Promise<ReviewRound> {
    const round = await this.db.transaction(async (em) => {
      const round = await this.lockForManage(em, user, id);
      if (deadline.getTime() <= round.deadline.getTime())
        throw badInput('deadline', 'An extension moves the deadline later');
      const before = round.deadline;
      round.deadline = deadline;
      await this.audit(em, user, round, 'review-round.extended', {
        from: before.toISOString(),
        to: deadline.toISOString(),
      });
      return em.getRepository(ReviewRound).save(round);
    });
    this.onDeadlineChanged(round);
    this.publish('ROUND_CHANGED', round);
    return round;
  }

  /** Closes an open round now (the deadline becomes now); its IN_REVIEW chapters go to REVISION. */
  async close(user: User, id: string, client: ClientInfo): Promise<ReviewRound> {
    const { round, changes } = await this.db.transaction(async (em) => {
      const round = await this.lockForManage(em, user, id);
      round.deadline = new Date();
      round.closedEarly = true;
      await this.audit(em, user, round, 'review-round.closed', { early: true });
      const saved = await em.getRepository(ReviewRound).save(round);
      const changes: RoundChanges | null = await this.workflow.claimClose(em, saved, saved.deadline, {
        actorId: user.id,
        ip: client.ip,
      });
      // The round row is locked and was open: nobody else can have claimed its close.
      if (!changes) throw conflict('The review round is closed');
      return { round: saved, changes };
    });
    this.onDeadlineChanged(round);
    this.publish('ROUND_CLOSED', round);
    this.workflow.publish(changes);
    return round;
  }

  /** The working group's disposition of a reviewer's comment in a round, with a reply. */
  async dispose(user: User, input: DisposeCommentInput): Promise<Comment> {
    const { comment, notifications } = await this.db.transaction(async (em) => {
      const comment = await this.comments.lockVisible(em, user, input.commentId);
      await this.memberships.require(user, comment.projectId, 'dispose', em);
      if (!comment.roundId || comment.parentId || comment.internal)
        throw badInput('commentId', 'Only a reviewer’s comment in a round gets a disposition');
      if (comment.deletedAt) throw conflict('The comment was deleted');
      comment.disposition = input.disposition;
      comment.dispositionReply = input.reply.trim();
      comment.disposedById = user.id;
      comment.disposedAt = new Date();
      const saved = await em.getRepository(Comment).save(comment);
      const chapter = await em
        .getRepository(Chapter)
        .findOne({ where: { id: saved.chapterId }, select: { id: true, title: true } });
      // The author hears how their comment was handled (each time it is set), unless they set it themselves.
      const notifications = await this.notifications.create(
        em,
        saved.authorId && saved.authorId !== user.id
          ? [
              {
                userId: saved.authorId,
                kind: NotificationKind.COMMENT_DISPOSED,
                projectId: saved.projectId,
                chapterId: saved.chapterId,
                actorId: user.id,
                data: {
                  commentId: saved.id,
                  documentId: saved.documentId,
                  chapterTitle: chapter?.title ?? null,
                  roundId: saved.roundId,
                  disposition: saved.disposition,
                },
              },
            ]
          : [],
      );
      return { comment: saved, notifications };
    });
    this.comments.publish('DISPOSITION_SET', comment);
    this.notifications.publish(notifications);
    return comment;
  }

  /** Round comments that count as responses: reviewers' first comments, not deleted. */
  responses(roundId: string, em: EntityManager = this.db.manager): Promise<Comment[]> {
    return em.getRepository(Comment).find({
      where: { roundId, parentId: IsNull(), internal: false, deletedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Throws unless the user may see a round's progress and report now. */
  async requireResults(user: User, id: string): Promise<ReviewRound> {
    const round = await this.get(user, id);
    const member = await this.memberships.forUser(user.id, round.projectId);
    if (!maySeeRoundResults(member, round))
      throw forbidden('Reviewers see the round’s results after its deadline');
    return round;
  }

  async progress(user: User, id: string) {
    const round = await this.requireResults(user, id);
    const responses = await this.responses(round.id);
    const count = (rows: Comment[]): ProgressCount => {
      const disposed = rows.filter((c) => c.disposition !== null).length;
      return { received: rows.length, disposed, open: rows.length - disposed };
    };
    const chapters = await this.db
      .getRepository(Chapter)
      .find({ where: { id: In(round.chapterIds) }, order: { position: 'ASC' } });
    const organizations = await this.hearingList(round);
    return {
      round,
      total: count(responses),
      chapters: chapters.map((chapter) => ({
        chapter,
        ...count(responses.filter((c) => c.chapterId === chapter.id)),
      })),
      organizations: organizations.map(({ organization }) => {
        const rows = responses.filter((c) => c.organizationId === organization.id);
        return { organization, responded: rows.length > 0, ...count(rows) };
      }),
    };
  }

  /** The hearing list in alphabetical order, with each organisation's REVIEWER members. */
  async hearingList(round: ReviewRound) {
    const organizations = await this.db.getRepository(Organization).findBy({ id: In(round.organizationIds) });
    const reviewers = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(Membership, 'm', 'm."userId" = u.id')
      .where('m."projectId" = :projectId AND m.role = :role', {
        projectId: round.projectId,
        role: Role.REVIEWER,
      })
      .andWhere('u."organizationId" = ANY(:orgs::uuid[])', { orgs: round.organizationIds })
      .orderBy('u.name')
      .getMany();
    return organizations
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
      .map((organization) => ({
        organization,
        reviewers: reviewers.filter((u) => u.organizationId === organization.id),
      }));
  }

  byId(id: string): Promise<ReviewRound | null> {
    return this.db.getRepository(ReviewRound).findOneBy({ id });
  }

  /** Rounds whose deadline is still ahead (for the close timer at start). */
  upcoming(): Promise<ReviewRound[]> {
    return this.db
      .getRepository(ReviewRound)
      .createQueryBuilder('r')
      .where('r.deadline > :now', { now: new Date() })
      .getMany();
  }

  publish(type: 'ROUND_OPENED' | 'ROUND_CHANGED' | 'ROUND_CLOSED', round: ReviewRound): void {
    this.events.publish(type, {
      projectId: round.projectId,
      documentId: round.documentId,
      roundId: round.id,
    });
  }

  private async lockForManage(em: EntityManager, user: User, id: string): Promise<ReviewRound> {
    const round = await em
      .getRepository(ReviewRound)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!round) throw notFound('Review round');
    await this.memberships.require(user, round.projectId, 'manage', em);
    if (!isRoundOpen(round)) throw conflict('The review round is closed');
    return round;
  }

  private async reviewerOrganizations(em: EntityManager, projectId: string): Promise<string[]> {
    const rows: { organizationId: string }[] = await em.query(
      `SELECT DISTINCT u."organizationId" FROM membership m JOIN app_user u ON u.id = m."userId"
        WHERE m."projectId" = $1 AND m.role = 'REVIEWER'`,
      [projectId],
    );
    return rows.map((r) => r.organizationId);
  }

  private audit(
    em: EntityManager,
    user: User,
    round: ReviewRound,
    action: string,
    details: Record<string, unknown>,
  ) {
    return recordAudit(em, {
      projectId: round.projectId,
      actorId: user.id,
      action,
      subjectType: 'ReviewRound',
      subjectId: round.id,
      details: { documentId: round.documentId, title: round.title, ...details },
    });
  }
}
