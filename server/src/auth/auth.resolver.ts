import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context';
import { Public } from '../core/operation-rules';
import { User } from '../modules/users/user.entity';
import { AcceptInviteInput, LoginInput } from './auth.inputs';

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => User, { description: 'Starts a session (sets an httpOnly cookie)' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<User> {
    const { user, token, expiresAt } = await ctx.services.auth.login(input.email, input.password, ctx.client);
    ctx.cookies.setSession(token, expiresAt);
    return user;
  }

  @Authorized()
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.sessionTokenHash, ctx.user);
    ctx.cookies.clearSession();
    return true;
  }

  @Public()
  @Query(() => User, {
    nullable: true,
    description: 'Who an invitation link is for; null when used or expired',
  })
  invitation(@Arg('token') token: string, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.services.auth.inviteInfo(token);
  }

  @Public()
  @Mutation(() => User, { description: 'Sets the password of an invited user and logs them in' })
  async acceptInvite(@Arg('input') input: AcceptInviteInput, @Ctx() ctx: Context): Promise<User> {
    const { user, token, expiresAt } = await ctx.services.auth.acceptInvite(
      input.token,
      input.password,
      input.name,
      ctx.client,
    );
    ctx.cookies.setSession(token, expiresAt);
    return user;
  }
}
