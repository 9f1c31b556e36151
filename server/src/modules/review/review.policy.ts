import { Role, type Membership } from '../projects/membership.entity';
import { can } from '../projects/project.policy';
import type { Comment } from './comment.entity';
import { isRoundOpen, type ReviewRound } from './review-round.entity';

/**
 * Who may comment, on top of the project policy: the working group
 * (coordinators, authors) comments at any time (internal comments); a reviewer
 * only in an open round that includes the chapter and lists their
 * organisation; observers never.
 */
type Member = Pick<Membership, 'role' | 'isApprover'> | null | undefined;

export type CommentRight = 'internal' | 'round' | null;

export function commentRight(
  member: Member,
  organizationId: string,
  chapterId: string,
  round: Pick<ReviewRound, 'deadline' | 'chapterIds' | 'organizationIds'> | null,
  now = new Date(),
): CommentRight {
  if (!member) return null;
  if (can(member, 'comment')) return 'internal';
  if (member.role !== Role.REVIEWER || !round) return null;
  return roundAdmits(round, chapterId, organizationId, now) ? 'round' : null;
}

/**
 * A reviewer suggests changes in a chapter's text where they may comment in a round (the collab socket's
 * suggest-only scope); whoever may edit the text writes in it directly.
 */
export function suggestsOnly(right: CommentRight, editText: boolean): boolean {
  return right === 'round' && !editText;
}

/** Why a member may not comment on a chapter now, so the client can say it instead of offering a form. */
export enum CommentRefusal {
  /** Observers (and anyone else outside the working group who is not a reviewer) only read. */
  OBSERVER = 'OBSERVER',
  NO_OPEN_ROUND = 'NO_OPEN_ROUND',
  CHAPTER_NOT_IN_ROUND = 'CHAPTER_NOT_IN_ROUND',
  NOT_ON_HEARING_LIST = 'NOT_ON_HEARING_LIST',
}

type RoundLike = Pick<ReviewRound, 'id' | 'deadline' | 'chapterIds' | 'organizationIds'>;

/**
 * `commentRight` on a chapter given all rounds of its document: the right, the round a reviewer comments
 * in (the latest that admits them) and, without a right, the refusal's reason.
 */
export function chapterCommenting(
  member: Member,
  organizationId: string,
  chapterId: string,
  rounds: readonly (RoundLike & Pick<ReviewRound, 'openedAt'>)[],
  now = new Date(),
): { right: CommentRight; round: RoundLike | null; refusal: CommentRefusal | null } {
  const latestFirst = [...rounds].sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime());
  const round = latestFirst.find((r) => roundAdmits(r, chapterId, organizationId, now)) ?? null;
  const right = commentRight(member, organizationId, chapterId, round, now);
  if (right) return { right, round: right === 'round' ? round : null, refusal: null };
  if (member?.role !== Role.REVIEWER) return { right, round: null, refusal: CommentRefusal.OBSERVER };
  const open = rounds.filter((r) => isRoundOpen(r, now));
  const withChapter = open.filter((r) => r.chapterIds.includes(chapterId));
  const refusal =
    open.length === 0
      ? CommentRefusal.NO_OPEN_ROUND
      : withChapter.length === 0
        ? CommentRefusal.CHAPTER_NOT_IN_ROUND
        : CommentRefusal.NOT_ON_HEARING_LIST;
  return { right, round: null, refusal };
}

/** What the caller may do with one comment, sent as `Comment.viewerCan`; the services enforce the same. */
export interface CommentPermissionSet {
  reply: boolean;
  edit: boolean;
  delete: boolean;
  resolve: boolean;
  decideProposal: boolean;
  dispose: boolean;
  chooseForReport: boolean;
}

/**
 * Writing in a thread (reply, edit or delete one's own) follows `commentRight` for the thread's round;
 * the working group (`dispose`) resolves threads, decides proposals, disposes of reviewers' round
 * comments and chooses its internal comments for the report. Nothing is done to a deleted comment.
 */
export function commentPermissions(
  member: Member,
  viewer: { userId: string; organizationId: string },
  comment: Pick<
    Comment,
    'authorId' | 'chapterId' | 'parentId' | 'deletedAt' | 'roundId' | 'internal' | 'proposal'
  >,
  threadRound: Pick<ReviewRound, 'deadline' | 'chapterIds' | 'organizationIds'> | null,
  now = new Date(),
): CommentPermissionSet {
  const write = commentRight(member, viewer.organizationId, comment.chapterId, threadRound, now) !== null;
  const handle = can(member, 'dispose');
  const alive = comment.deletedAt === null;
  const thread = comment.parentId === null;
  const own = write && alive && comment.authorId === viewer.userId;
  return {
    reply: write && alive && thread,
    edit: own,
    delete: own,
    resolve: handle && thread,
    decideProposal: handle && thread && alive && comment.proposal !== null,
    dispose: handle && thread && alive && comment.roundId !== null && !comment.internal,
    chooseForReport: handle && thread && alive && comment.internal && comment.roundId === null,
  };
}

/** A reviewer of `organizationId` may comment on `chapterId` in this round: open, including both. */
export function roundAdmits(
  round: Pick<ReviewRound, 'deadline' | 'chapterIds' | 'organizationIds'>,
  chapterId: string,
  organizationId: string,
  now: Date,
): boolean {
  return (
    isRoundOpen(round, now) &&
    round.chapterIds.includes(chapterId) &&
    round.organizationIds.includes(organizationId)
  );
}

/** roundAdmits as a SQL condition on the round `alias`, for finding the round a reviewer comments in. */
export function roundAdmitsWhere(
  alias: string,
  chapterId: string,
  organizationId: string,
  now: Date,
): { where: string; params: Record<string, unknown> } {
  return {
    where: `${alias}.deadline > :admitNow AND :admitChapter = ANY(${alias}."chapterIds") AND :admitOrg = ANY(${alias}."organizationIds")`,
    params: { admitNow: now, admitChapter: chapterId, admitOrg: organizationId },
  };
}

/**
 * Which comments a member sees, as a SQL condition on the thread's first
 * comment `root` and its round `r` (scoped in the query itself, never filtered
 * after loading). The working group and observers see every comment; a
 * reviewer sees round comments only (never internal ones): their own
 * organisation's until the round's deadline, everyone's after it.
 */
export function commentVisibility(
  member: Pick<Membership, 'role'>,
  organizationId: string,
  now: Date,
): { where: string; params: Record<string, unknown> } {
  if (member.role !== Role.REVIEWER) return { where: 'TRUE', params: {} };
  return {
    where: reviewerCommentCondition({ root: 'root', round: 'r', now: ':visNow', organizationId: ':visOrg' }),
    params: { visNow: now, visOrg: organizationId },
  };
}

/** `commentVisibility` in memory, for judging one event's receivers without a query each. */
export function maySeeComment(
  member: Pick<Membership, 'role'>,
  organizationId: string,
  root: Pick<Comment, 'roundId' | 'organizationId'>,
  round: Pick<ReviewRound, 'deadline'> | null,
  now = new Date(),
): boolean {
  if (member.role !== Role.REVIEWER) return true;
  if (!root.roundId || !round) return false;
  return round.deadline <= now || root.organizationId === organizationId;
}

/**
 * Whom a comment may @mention: the other members who will see it (`maySeeComment` for its thread's first
 * comment), as the service checks on createComment and replyToComment. Sent as `Chapter.viewerCan.mentionable`
 * for a new thread and `Comment.viewerCan.mentionable` for a reply.
 */
export function mentionableMembers<
  M extends Pick<Membership, 'role' | 'userId'> & { user?: { organizationId: string } },
>(
  members: readonly M[],
  authorId: string,
  root: Pick<Comment, 'roundId' | 'organizationId'>,
  round: Pick<ReviewRound, 'deadline'> | null,
  now = new Date(),
): M[] {
  return members.filter(
    (m) =>
      m.userId !== authorId &&
      m.user !== undefined &&
      maySeeComment(m, m.user.organizationId, root, round, now),
  );
}

/**
 * The reviewer half of `commentVisibility` as SQL over the given aliases and
 * placeholders: a round comment (never an internal one), their own
 * organisation's until the deadline, everyone's after it.
 */
export function reviewerCommentCondition(sql: {
  root: string;
  round: string;
  now: string;
  organizationId: string;
}): string {
  return `${sql.root}."roundId" IS NOT NULL AND (${sql.round}.deadline <= ${sql.now} OR ${sql.root}."organizationId" = ${sql.organizationId})`;
}

/** `commentVisibility` for a query across projects: the role is read from the membership row `member`. */
export function commentVisibilityByRole(sql: {
  member: string;
  root: string;
  round: string;
  now: string;
  organizationId: string;
}): string {
  return `(${sql.member}.role <> '${Role.REVIEWER}' OR (${reviewerCommentCondition(sql)}))`;
}

/** Round progress and the consultation report: the working group and observers; reviewers once it closed. */
export function maySeeRoundResults(member: Member, round: Pick<ReviewRound, 'deadline'>, now = new Date()) {
  if (!member) return false;
  if (member.role !== Role.REVIEWER) return true;
  return !isRoundOpen(round, now);
}

/** The høringsnotat: the coordinator edits, finalises and registers responses received by e-mail or letter. */
export function mayManageNotat(member: Member): boolean {
  return !!member && can(member, 'manage');
}

/**
 * Reading a høringsnotat: whoever sees the round's results; a reviewer only a finalised one (a draft is the
 * working group's until the coordinator finalises it).
 */
export function maySeeNotat(
  member: Member,
  round: Pick<ReviewRound, 'deadline'>,
  finalised: boolean,
  now = new Date(),
): boolean {
  if (!maySeeRoundResults(member, round, now)) return false;
  return member!.role !== Role.REVIEWER || finalised;
}
