import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { authorizedStream } from '../../core/authorized-stream';
import { Topic, type MembershipChangedPayload } from '../../core/pubsub';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Membership } from './membership.entity';
import { AddMemberInput, UpdateMemberInput } from './project.inputs';
import { AddMemberResult, MembershipEvent, MembershipEventType } from './project.types';

@Resolver(() => Membership)
export class MembershipResolver {
  @Authorized()
  @Mutation(() => AddMemberResult, {
    description:
      'Coordinators only. An unknown email creates an invited user (name and organisation required)',
  })
  addMember(@Arg('input') input: AddMemberInput, @Ctx() ctx: Context): Promise<AddMemberResult> {
    return ctx.services.memberships.add(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => Membership, { description: 'Coordinators only' })
  updateMember(
    @Arg('id', () => UUID) id: string,
    @Arg('input') input: UpdateMemberInput,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    return ctx.services.memberships.update(ctx.user!, id, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Coordinators only; a project keeps at least one coordinator' })
  removeMember(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.memberships.remove(ctx.user!, id, ctx.client);
  }

  @Authorized()
  @Subscription(() => MembershipEvent, {
    description: 'Members added, changed or removed; members of the project only',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const { projectId } = args as { projectId: string };
      await ctx.services.memberships.require(ctx.user!, projectId, 'read');
      return authorizedStream(
        ctx.services.pubSub.subscribe(Topic.MembershipChanged, projectId),
        async (event) => (await ctx.services.memberships.forUser(ctx.user!.id, event.projectId)) !== null,
      );
    },
  })
  async membershipChanged(
    @Root() payload: MembershipChangedPayload,
    @Arg('projectId', () => UUID) _projectId: string,
    @Ctx() ctx: Context,
  ): Promise<MembershipEvent> {
    return {
      type: MembershipEventType[payload.type],
      projectId: payload.projectId,
      membershipId: payload.membershipId,
      userId: payload.userId,
      membership:
        payload.type === 'REMOVED'
          ? null
          : await ctx.services.db.getRepository(Membership).findOneBy({ id: payload.membershipId }),
    };
  }

  @FieldResolver(() => User)
  user(@Root() membership: Membership, @Ctx() ctx: Context): Promise<User> {
    return ctx.loaders.user.load(membership.userId);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Organization> {
    const user = await ctx.loaders.user.load(membership.userId);
    return ctx.loaders.organization.load(user.organizationId);
  }
}
