import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import { MembershipService } from '../projects/membership.service';
import { PUBSUB } from '../../core/pubsub-token';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Topic, type SpecialisationEventPayload } from '../../core/pubsub';
import { memberStream } from '../projects/member-stream';
import { SpecialisationEvent } from './specialisation-events';

@Resolver()
export class SpecialisationEventResolver {
  @Authorized()
  @Subscription(() => SpecialisationEvent, {
    description:
      'Target groups, criteria, providers, assessments and placements changed; members only, checked per event',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const { projectId } = args as { projectId: string };
      await ctx.container.get(MembershipService).require(ctx.user!, projectId, 'read');
      // Membership can end while the socket stays open: every event is checked for the receiver now.
      return memberStream(
        ctx,
        projectId,
        ctx.container.get(PUBSUB).subscribe(Topic.SpecialisationEvent, projectId),
      );
    },
  })
  specialisationEvents(
    @Root() payload: SpecialisationEventPayload,
    @Arg('projectId', () => UUID) _projectId: string,
  ): SpecialisationEvent {
    return payload;
  }
}
