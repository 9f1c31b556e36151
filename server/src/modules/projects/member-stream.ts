import { filter, pipe } from '@graphql-yoga/subscription';
import type { Context } from '../../core/context';
import { createLoaders } from '../../composition/loaders';
import { authorizedStream } from '../../core/authorized-stream';
import { oncePerEvent } from '../../core/per-event';
import { Topic } from '../../core/pubsub';
import type { AudienceMember } from './project-audience';

/**
 * A project's events for one receiver: delivered while they are a member and `rule` allows
 * the event, completed when they stop being a member. The audience is loaded once per event
 * for every receiver in this process, so a delivery costs no SQL of its own; the loaders the
 * selection's fields use are also shared per event (fresh for each event, never per receiver).
 */
export function memberStream<T extends { projectId: string }>(
  ctx: Context,
  projectId: string,
  source: AsyncIterable<T>,
  rule: (event: T, member: AudienceMember) => boolean | Promise<boolean> = () => true,
): AsyncIterable<T> {
  const { services } = ctx;
  const userId = ctx.user!.id;
  const removed = pipe(
    services.pubSub.subscribe(Topic.MembershipChanged, projectId),
    filter((change) => change.type === 'REMOVED' && change.userId === userId),
  );
  return authorizedStream(
    source,
    async (event) => {
      const member = (await services.memberships.audience(event)).get(userId);
      if (!member) return 'end';
      if (!(await rule(event, member))) return 'skip';
      ctx.loaders = oncePerEvent(event, 'loaders', () => createLoaders(services.db));
      return 'deliver';
    },
    removed,
  );
}
