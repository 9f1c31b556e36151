import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserService } from './user.service';
import { organizationLoader } from '../organizations/organization.loaders';
import type { Context } from '../../core/context';
import { Public } from '../../core/operation-rules';
import { UUID } from '../../core/scalars';
import { Organization } from '../organizations/organization.entity';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { InvitedUser } from './user.types';
import { mayReadAccountRights } from './user.policy';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly userService: UserService) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The logged-in user, or null' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Authorized('ADMIN')
  @Query(() => [User])
  users(): Promise<User[]> {
    return this.userService.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => InvitedUser)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<InvitedUser> {
    return this.userService.create(input, ctx.user!);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  updateUser(
    @Arg('id', () => UUID) id: string,
    @Arg('input') input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return this.userService.update(id, input, ctx.user!);
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
    return organizationLoader(ctx).load(user.organizationId);
  }
}
