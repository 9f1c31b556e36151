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
