import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Public } from '../../app/operation-rules';
import { UUID } from '../../app/scalars';
import { Organization } from '../organizations/organization.entity';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { InvitedUser } from './user.types';
import { mayReadAccountRights } from './user.policy';

@Resolver(() => User)
export class UserResolver {
  @Public()
  @Query(() => User, { nullable: true, description: 'The logged-in user, or null' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Authorized('ADMIN')
  @Query(() => [User])
  users(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.users.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => InvitedUser)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<InvitedUser> {
    return ctx.services.users.create(input, ctx.user!);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  updateUser(
    @Arg('id', () => UUID) id: string,
    @Arg('input') input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return ctx.services.users.update(id, input, ctx.user!);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Null unless you are this user or a system admin',
  })
  isSystemAdmin(@Root() user: User, @Ctx() ctx: Context): boolean | null {
    return mayReadAccountRights(ctx.user, user) ? user.isSystemAdmin : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'May start projects (a right a system admin grants). Null unless you are this user or a system admin',
  })
  canStartProjects(@Root() user: User, @Ctx() ctx: Context): boolean | null {
    return mayReadAccountRights(ctx.user, user) ? user.canStartProjects : null;
  }

  @FieldResolver(() => Organization)
  organization(@Root() user: User, @Ctx() ctx: Context): Promise<Organization> {
    return ctx.loaders.organization.load(user.organizationId);
  }
}
