import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Public } from '../../core/operation-rules';
import { UUID } from '../../core/scalars';
import { Organization } from '../organizations/organization.entity';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { InvitedUser } from './user.types';

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

  @FieldResolver(() => Organization)
  organization(@Root() user: User, @Ctx() ctx: Context): Promise<Organization> {
    return ctx.loaders.organization.load(user.organizationId);
  }
}
