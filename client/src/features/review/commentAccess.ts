/**
 * Whether the caller may comment on a chapter now, mirroring the server's rule
 * (review.policy.ts): the working group always, a reviewer only in an open
 * round that includes the chapter and lists their organisation, observers
 * never. The reason words why not, so the sidebar can say it instead of
 * offering a form the server would refuse.
 */
export type CommentAccess =
  | { may: true; roundId: string | null }
  | { may: false; reason: 'observer' | 'noOpenRound' | 'chapterNotInRound' | 'notOnHearingList' };

interface RoundLike {
  id: string;
  isOpen: boolean;
  chapterIds: readonly string[];
  organizationIds: readonly string[];
}

export function commentAccess(
  role: string | null | undefined,
  canCommentAlways: boolean,
  chapterId: string,
  organizationId: string | null | undefined,
  rounds: readonly RoundLike[],
): CommentAccess {
  if (canCommentAlways) return { may: true, roundId: null };
  if (role !== 'REVIEWER') return { may: false, reason: 'observer' };
  const open = rounds.filter((r) => r.isOpen);
  if (open.length === 0) return { may: false, reason: 'noOpenRound' };
  const withChapter = open.filter((r) => r.chapterIds.includes(chapterId));
  if (withChapter.length === 0) return { may: false, reason: 'chapterNotInRound' };
  const mine = withChapter.find((r) => organizationId && r.organizationIds.includes(organizationId));
  if (!mine) return { may: false, reason: 'notOnHearingList' };
  return { may: true, roundId: mine.id };
}
