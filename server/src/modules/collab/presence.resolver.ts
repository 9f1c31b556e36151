import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from 'type-graphql';
import { MembershipService } from '../projects/membership.service';
import { PUBSUB } from '../../core/pubsub-token';
import { PresenceService } from './presence.service';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { oncePerEvent } from '../../core/per-event';
import { Topic, type PresenceChangedPayload } from '../../core/pubsub';
import { memberStream } from '../projects/member-stream';
import { User } from '../users/user.entity';
import { ChapterPresence, ProjectPresence } from './presence.types';

@Resolver(() => ChapterPresence)
export class PresenceResolver {
  constructor(
    private readonly membershipService: MembershipService,
    private readonly presenceService: PresenceService,
  ) {}

  @Authorized()
  @Query(() => [ChapterPresence], {
    description: 'Who is viewing and who is editing which chapter of the project right now; members only',
  })
  async presence(
    @Arg('projectId', () => UUID) projectId: string,
    @Ctx() ctx: Context,
  ): Promise<ChapterPresence[]> {
    await this.membershipService.require(ctx.user!, projectId, 'read');
    return this.presenceService.list(projectId);
  }

  @Authorized()
  @Subscription(() => ProjectPresence, {
    description: "The project's presence each time it changes; members only, checked per event",
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const { projectId } = args as { projectId: string };
      await ctx.container.get(MembershipService).require(ctx.user!, projectId, 'read');
      return memberStream(
        ctx,
        projectId,
        ctx.container.get(PUBSUB).subscribe(Topic.PresenceChanged, projectId),
      );
    },
  })
  async presenceChanged(
    @Root() payload: PresenceChangedPayload,
    @Arg('projectId', () => UUID) _projectId: string,
  ): Promise<ProjectPresence> {
    const entries = await oncePerEvent(payload, 'entries', () =>
      this.presenceService.list(payload.projectId),
    );
    return { projectId: payload.projectId, entries };
  }

  @FieldResolver(() => User)
  user(@Root() entry: ChapterPresence, @Ctx() ctx: Context): Promise<User> {
    return userLoader(ctx).load(entry.userId);
  }
}
