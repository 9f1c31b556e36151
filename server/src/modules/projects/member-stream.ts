import { filter, pipe } from '@graphql-yoga/subscription';
import { authorizedStream } from '../../core/authorized-stream';
import type { Context } from '../../core/context';
import { Topic } from '../../core/pubsub';
import { PUBSUB } from '../../core/pubsub-token';
import { MembershipService } from './membership.service';
import type { AudienceMember } from './project-audience';

/**
 * A project's events for one receiver: delivered while they are a member and `rule` allows the
 * event, completed when they stop being a member. The audience is loaded once per event for every
 * receiver in this process (`MembershipService.audience`), so judging a receiver costs no SQL.
 */
export function memberStream<T extends { projectId: string }>(
  ctx: Context,
  projectId: string,
  source: AsyncIterable<T>,
  rule: (event: T, member: AudienceMember) => boolean | Promise<boolean> = () => true,
): AsyncIterable<T> {
  const memberships = ctx.container.get(MembershipService);
  const userId = ctx.user!.id;
  const removed = pipe(
    ctx.container.get(PUBSUB).subscribe(Topic.MembershipChanged, projectId),
    filter((change) => change.type === 'REMOVED' && change.userId === userId),
  );
  return authorizedStream(
    source,
    async (event) => {
      const member = (await memberships.audience(event)).get(userId);
      if (!member) return 'end';
      return (await rule(event, member)) ? 'deliver' : 'skip';
    },
    removed,
  );
}
