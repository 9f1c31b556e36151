import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { assertFound, badInput, conflict, forbidden, notFound } from '../../core/errors';
import { recordAudit } from '../../core/audit';
import type { ChapterContentService } from '../collab/chapter-content.service';
import { Chapter } from '../documents/chapter.entity';
import { Membership } from '../projects/membership.entity';
import { can } from '../projects/project.policy';
import type { MembershipService } from '../projects/membership.service';
import { NotificationKind, type Notification } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import type { User } from '../users/user.entity';
import { decodePosition, resolveRange, sameText } from './chapter-anchors';
import { Comment, ProposalStatus } from './comment.entity';
import type { CreateCommentInput, ReplyInput } from './comment.inputs';
import type { ReviewEvents } from './review-events';
import { ReviewRound } from './review-round.entity';
import { commentRight, commentVisibility, roundAdmitsWhere } from './review.policy';

/** Comments and their threads: writing, editing, deleting, resolving, and who sees which. */
export class CommentService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly content: ChapterContentService,
    private readonly events: ReviewEvents,
    private readonly notifications: NotificationService,
  ) {}

  /** Comments of the project the user may see now, as a query on `c` (with `root` and its round `r`). */
  visible(member: Membership, user: User, em: EntityManager = this.db.manager, now = new Date()) {
    const rule = commentVisibility(member, user.organizationId, now);
    return em
      .getRepository(Comment)
      .createQueryBuilder('c')
      .innerJoin(Comment, 'root', 'root.id = COALESCE(c."parentId", c.id)')
      .leftJoin(ReviewRound, 'r', 'r.id = root."roundId"')
      .where('c."projectId" = :projectId', { projectId: member.projectId })
      .andWhere(rule.where, rule.params);
  }

  /** One comment if the user may see it now; null otherwise (also for non-members). */
  async visibleOne(user: User, id: string, em: EntityManager = this.db.manager): Promise<Comment | null> {
    const comment = await em.getRepository(Comment).findOneBy({ id });
    if (!comment) return null;
    const member = await this.memberships.forUser(user.id, comment.projectId, em);
    if (!member) return null;
    return this.visible(member, user, em).andWhere('c.id = :id', { id }).getOne();
  }

  /** A comment with its thread's first comment and that one's round: what `maySeeComment` judges. */
  async withThread(id: string) {
    const repo = this.db.getRepository(Comment);
    const comment = await repo.findOneBy({ id });
    if (!comment) return null;
    const root = comment.parentId ? await repo.findOneBy({ id: comment.parentId }) : comment;
    if (!root) return null;
    const round = root.roundId
      ? await this.db.getRepository(ReviewRound).findOneBy({ id: root.roundId })
      : null;
    return { comment, root, round };
  }

  /** The chapter's threads (first comments, in creation order) the user may see. */
  async threads(user: User, chapterId: string): Promise<Comment[]> {
    const chapter = assertFound(await this.db.getRepository(Chapter).findOneBy({ id: chapterId }), 'Chapter');
    const member = await this.memberships.require(user, chapter.projectId, 'read');
    return this.visible(member, user)
      .andWhere('c."chapterId" = :chapterId AND c."parentId" IS NULL', { chapterId })
      .orderBy('c."createdAt"', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /** Replies of threads the caller has already been allowed to see. */
  async replies(parentIds: readonly string[]): Promise<Map<string, Comment[]>> {
    const rows = await this.db
      .getRepository(Comment)
      .find({ where: { parentId: In([...parentIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const result = new Map<string, Comment[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.parentId!)?.push(row);
    return result;
  }

  /** The open round a reviewer of `organizationId` may comment on this chapter in, if any. */
  openRoundFor(
    em: EntityManager,
    chapter: Pick<Chapter, 'id' | 'documentId'>,
    organizationId: string,
    now: Date,
  ) {
    const admits = roundAdmitsWhere('r', chapter.id, organizationId, now);
    return em
      .getRepository(ReviewRound)
      .createQueryBuilder('r')
      .where('r."documentId" = :documentId', { documentId: chapter.documentId })
      .andWhere(admits.where, admits.params)
      .orderBy('r."openedAt"', 'DESC')
      .getOne();
  }

  async create(user: User, input: CreateCommentInput): Promise<Comment> {
    if (!input.range && input.proposal != null) throw badInput('proposal', 'A proposal needs a text range');
    // Rights first: the range check reads the chapter's text, which only those who may comment may probe.
    await this.commentRightFor(this.db.manager, user, input.chapterId);
    const anchor = input.range
      ? await this.validateRange(input.chapterId, input.range, input.proposal)
      : null;
    let notified: Notification[] = [];
    const comment = await this.db.transaction(async (em) => {
      const { chapter, right, round } = await this.commentRightFor(em, user, input.chapterId);
      const comment = em.getRepository(Comment).create({
        projectId: chapter.projectId,
        documentId: chapter.documentId,
        chapterId: chapter.id,
        roundId: right === 'round' ? round!.id : null,
        parentId: null,
        authorId: user.id,
        organizationId: user.organizationId,
        internal: right === 'internal',
        text: input.body.trim(),
        anchorStart: anchor?.start ?? null,
        anchorEnd: anchor?.end ?? null,
        quote: anchor?.quote ?? null,
        proposal: input.proposal ?? null,
        proposalStatus: input.proposal != null ? ProposalStatus.PENDING : null,
        mentionedUserIds: [],
      });
      await em.getRepository(Comment).save(comment);
      comment.mentionedUserIds = await this.validateMentions(em, comment, input.mentionedUserIds);
      notified = await this.notifyMentions(em, comment, chapter.title);
      return em.getRepository(Comment).save(comment);
    });
    this.notifications.publish(notified);
    this.publish(comment.parentId ? 'REPLY_ADDED' : 'COMMENT_ADDED', comment);
    return comment;
  }

  /** The chapter and the caller's right to comment on it (NOT_FOUND for non-members, FORBIDDEN without it). */
  private async commentRightFor(em: EntityManager, user: User, chapterId: string) {
    const chapter = assertFound(await em.getRepository(Chapter).findOneBy({ id: chapterId }), 'Chapter');
    const member = await this.memberships.require(user, chapter.projectId, 'read', em);
    const now = new Date();
    const round = can(member, 'comment')
      ? null
      : await this.openRoundFor(em, chapter, user.organizationId, now);
    const right = commentRight(member, user.organizationId, chapter.id, round, now);
    if (!right)
      throw forbidden('You may comment on this chapter only in an open review round that includes it');
    return { chapter, right, round };
  }

  async reply(user: User, input: ReplyInput): Promise<Comment> {
    let notified: Notification[] = [];
    const reply = await this.db.transaction(async (em) => {
      const parent = await this.visibleOne(user, input.parentId, em);
      if (!parent) throw notFound('Comment');
      if (parent.parentId) throw badInput('parentId', 'Reply to the thread’s first comment');
      if (parent.deletedAt) throw conflict('The comment was deleted');
      await this.assertMayWrite(em, user, parent);
      const reply = em.getRepository(Comment).create({
        projectId: parent.projectId,
        documentId: parent.documentId,
        chapterId: parent.chapterId,
        roundId: parent.roundId,
        parentId: parent.id,
        authorId: user.id,
        organizationId: user.organizationId,
        // A working-group reply in a round thread is written to the reviewer: internal only in internal threads.
        internal:
          !parent.roundId && can(await this.memberships.forUser(user.id, parent.projectId, em), 'comment'),
        text: input.body.trim(),
        mentionedUserIds: [],
      });
      await em.getRepository(Comment).save(reply);
      reply.mentionedUserIds = await this.validateMentions(em, reply, input.mentionedUserIds);
      const chapter = await em.getRepository(Chapter).findOneBy({ id: reply.chapterId });
      notified = await this.notifyMentions(em, reply, chapter?.title ?? '');
      return em.getRepository(Comment).save(reply);
    });
    this.notifications.publish(notified);
    this.publish('REPLY_ADDED', reply);
    return reply;
  }

  async edit(user: User, id: string, body: string): Promise<Comment> {
    const comment = await this.db.transaction(async (em) => {
      const comment = await this.own(em, user, id);
      comment.text = body.trim();
      comment.editedAt = new Date();
      return em.getRepository(Comment).save(comment);
    });
    this.publish('COMMENT_EDITED', comment);
    return comment;
  }

  /** Soft delete: the thread shows the comment as deleted; the row and the audit log keep its text. */
  async delete(user: User, id: string): Promise<Comment> {
    const comment = await this.db.transaction(async (em) => {
      const comment = await this.own(em, user, id);
      comment.deletedAt = new Date();
      await recordAudit(em, {
        projectId: comment.projectId,
        actorId: user.id,
        action: 'comment.deleted',
        subjectType: 'Comment',
        subjectId: comment.id,
        details: { chapterId: comment.chapterId, roundId: comment.roundId, text: comment.text },
      });
      return em.getRepository(Comment).save(comment);
    });
    this.publish('COMMENT_DELETED', comment);
    return comment;
  }

  /** Authors and coordinators resolve and reopen threads. */
  async setResolved(user: User, id: string, resolved: boolean): Promise<Comment> {
    const comment = await this.db.transaction(async (em) => {
      const comment = await this.lockVisible(em, user, id);
      await this.memberships.require(user, comment.projectId, 'dispose', em);
      if (comment.parentId) throw badInput('id', 'Resolve the thread’s first comment');
      if (resolved === (comment.resolvedAt !== null)) return comment;
      comment.resolvedAt = resolved ? new Date() : null;
      comment.resolvedById = resolved ? user.id : null;
      return em.getRepository(Comment).save(comment);
    });
    this.publish(resolved ? 'COMMENT_RESOLVED' : 'COMMENT_REOPENED', comment);
    return comment;
  }

  /**
   * The working group chooses one of its internal comments for a round's
   * consultation report, or takes it out again. The round must include the
   * comment's chapter; without `roundId` it is the chapter's latest round.
   */
  async setInReport(user: User, id: string, include: boolean, roundId?: string | null): Promise<Comment> {
    const comment = await this.db.transaction(async (em) => {
      const comment = await this.lockVisible(em, user, id);
      await this.memberships.require(user, comment.projectId, 'dispose', em);
      if (comment.parentId) throw badInput('id', 'Choose the thread’s first comment');
      if (!comment.internal) throw badInput('id', 'Reviewers’ comments are always in their round’s report');
      if (comment.deletedAt) throw conflict('The comment was deleted');
      if (!include) {
        if (comment.reportRoundId === null) return comment;
        comment.reportRoundId = null;
        return em.getRepository(Comment).save(comment);
      }
      const rounds = em
        .getRepository(ReviewRound)
        .createQueryBuilder('r')
        .where('r."documentId" = :documentId AND :chapterId = ANY(r."chapterIds")', {
          documentId: comment.documentId,
          chapterId: comment.chapterId,
        });
      const round = roundId
        ? await rounds.andWhere('r.id = :roundId', { roundId }).getOne()
        : await rounds.orderBy('r."openedAt"', 'DESC').getOne();
      if (!round) throw badInput('roundId', 'No review round of the document includes the comment’s chapter');
      if (comment.reportRoundId === round.id) return comment;
      comment.reportRoundId = round.id;
      return em.getRepository(Comment).save(comment);
    });
    this.publish('COMMENT_EDITED', comment);
    return comment;
  }

  /** A visible comment, locked for update; NOT_FOUND when the user may not see it. */
  async lockVisible(em: EntityManager, user: User, id: string): Promise<Comment> {
    const visible = await this.visibleOne(user, id, em);
    if (!visible) throw notFound('Comment');
    return assertFound(
      await em.getRepository(Comment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }),
      'Comment',
    );
  }

  publish(type: Parameters<ReviewEvents['publish']>[0], comment: Comment): void {
    this.events.publish(type, {
      projectId: comment.projectId,
      documentId: comment.documentId,
      chapterId: comment.chapterId,
      commentId: comment.id,
      roundId: comment.roundId,
    });
  }

  /** The author's own, not deleted comment, which they may still write in. */
  private async own(em: EntityManager, user: User, id: string): Promise<Comment> {
    const comment = await this.lockVisible(em, user, id);
    if (comment.authorId !== user.id) throw forbidden('Only the author may change a comment');
    if (comment.deletedAt) throw conflict('The comment was deleted');
    await this.assertMayWrite(em, user, comment);
    return comment;
  }

  /** Writing in a thread: the working group always; a reviewer while the thread's round is open for them. */
  private async assertMayWrite(em: EntityManager, user: User, comment: Comment): Promise<void> {
    const member = await this.memberships.forUser(user.id, comment.projectId, em);
    const round = comment.roundId
      ? await em.getRepository(ReviewRound).findOneBy({ id: comment.roundId })
      : null;
    if (!commentRight(member, user.organizationId, comment.chapterId, round))
      throw forbidden('You may write here only while the review round is open');
  }

  private async validateRange(
    chapterId: string,
    range: NonNullable<CreateCommentInput['range']>,
    proposal: string | null | undefined,
  ): Promise<{ start: Buffer; end: Buffer; quote: string }> {
    const start = decodePosition(range.anchor);
    const end = decodePosition(range.head);
    if (!start) throw badInput('range.anchor', 'Not a relative position in this chapter');
    if (!end) throw badInput('range.head', 'Not a relative position in this chapter');
    const checked = await this.content.read(chapterId, (doc): { error: Error } | { quote: string } => {
      const resolved = resolveRange(doc, start, end);
      if (!resolved)
        return { error: badInput('range', 'The range does not resolve in the chapter’s current text') };
      if (!sameText(resolved.text, range.quote))
        return { error: badInput('range.quote', 'The quote differs from the chapter’s text in that range') };
      if (proposal != null && resolved.start.node !== resolved.end.node)
        return { error: badInput('proposal', 'A proposal must lie within one paragraph') };
      return { quote: resolved.text };
    });
    if ('error' in checked) throw checked.error;
    return {
      start: Buffer.from(range.anchor, 'base64'),
      end: Buffer.from(range.head, 'base64'),
      quote: checked.quote,
    };
  }

  /** In the comment's transaction; published after it commits. */
  private notifyMentions(em: EntityManager, comment: Comment, chapterTitle: string): Promise<Notification[]> {
    return this.notifications.create(
      em,
      comment.mentionedUserIds.map((userId) => ({
        userId,
        kind: NotificationKind.MENTIONED,
        projectId: comment.projectId,
        chapterId: comment.chapterId,
        actorId: comment.authorId,
        data: {
          commentId: comment.id,
          threadId: comment.parentId ?? comment.id,
          documentId: comment.documentId,
          chapterTitle,
        },
      })),
    );
  }

  /** Mentioned users must be members who can see the comment. */
  private async validateMentions(
    em: EntityManager,
    comment: Comment,
    userIds: string[] | null | undefined,
  ): Promise<string[]> {
    const ids = [...new Set(userIds ?? [])].filter((id) => id !== comment.authorId);
    if (ids.length === 0) return [];
    const members = await em.getRepository(Membership).find({
      where: { projectId: comment.projectId, userId: In(ids) },
      relations: { user: true },
    });
    for (const id of ids) {
      const member = members.find((m) => m.userId === id);
      const sees =
        member &&
        (await this.visible(member, member.user!, em).andWhere('c.id = :id', { id: comment.id }).getCount()) >
          0;
      if (!sees) throw badInput('mentionedUserIds', 'Mention only project members who can see the comment');
    }
    return ids;
  }
}
