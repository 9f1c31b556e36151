import type { Context } from '../../core/context';
import { projectMembersLoader } from '../projects/project.loaders';
import type { User } from '../users/user.entity';
import type { Comment } from './comment.entity';
import type { ReviewRound } from './review-round.entity';
import { mentionableMembers } from './review.policy';

/** The users the caller may @mention in a thread with this first comment, by name (Danish order). */
export async function mentionable(
  ctx: Context,
  projectId: string,
  root: Pick<Comment, 'roundId' | 'organizationId'>,
  round: Pick<ReviewRound, 'deadline'> | null,
): Promise<User[]> {
  const members = await projectMembersLoader(ctx).load(projectId);
  return mentionableMembers(members, ctx.user!.id, root, round)
    .map((m) => m.user!)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
