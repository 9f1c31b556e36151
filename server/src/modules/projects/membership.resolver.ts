import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { DataSource } from 'typeorm';
import { MembershipService } from './membership.service';
import { PUBSUB } from '../../core/pubsub-token';
import { organizationLoader } from '../organizations/organization.loaders';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { oncePerEvent } from '../../core/per-event';
import { Topic, type MembershipChangedPayload } from '../../core/pubsub';
import { memberStream } from './member-stream';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Membership } from './membership.entity';
import { AddMemberInput, UpdateMemberInput } from './project.inputs';
import { AddMemberResult, MembershipEvent, MembershipEventType } from './project.types';

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(
    private readonly membershipService: MembershipService,
    private readonly db: DataSource,
  ) {}

  @Authorized()
  @Mutation(() => AddMemberResult, {
    description:
      'Coordinators only. An unknown email creates an invited user (name and organisation required)',
  })
  addMember(@Arg('input') input: AddMemberInput, @Ctx() ctx: Context): Promise<AddMemberResult> {
    return this.membershipService.add(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => Membership, { description: 'Coordinators only' })
  updateMember(
    @Arg('id', () => UUID) id: string,
    @Arg('input') input: UpdateMemberInput,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    return this.membershipService.update(ctx.user!, id, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Coordinators only; a project keeps at least one coordinator' })
  removeMember(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.membershipService.remove(ctx.user!, id, ctx.client);
  }

  @Authorized()
  @Subscription(() => MembershipEvent, {
    description: 'Members added, changed or removed; members of the project only',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const { projectId } = args as { projectId: string };
      await ctx.container.get(MembershipService).require(ctx.user!, projectId, 'read');
      return memberStream(
        ctx,
        projectId,
        ctx.container.get(PUBSUB).subscribe(Topic.MembershipChanged, projectId),
      );
    },
  })
  async membershipChanged(
    @Root() payload: MembershipChangedPayload,
    @Arg('projectId', () => UUID) _projectId: string,
  ): Promise<MembershipEvent> {
    return {
      type: MembershipEventType[payload.type],
      projectId: payload.projectId,
      membershipId: payload.membershipId,
      userId: payload.userId,
      membership:
        payload.type === 'REMOVED'
          ? null
          : await oncePerEvent(payload, 'membership', () =>
              this.db.getRepository(Membership).findOneBy({ id: payload.membershipId }),
            ),
    };
  }

  @FieldResolver(() => User)
  user(@Root() membership: Membership, @Ctx() ctx: Context): Promise<User> {
    return userLoader(ctx).load(membership.userId);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Organization> {
    const user = await userLoader(ctx).load(membership.userId);
    return organizationLoader(ctx).load(user.organizationId);
  }
}
