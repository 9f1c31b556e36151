import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { InvitationContact } from './invitation-contact';
import { AuthService } from './auth.service';
import type { Context } from '../core/context';
import { Public } from '../core/operation-rules';
import { User } from '../modules/users/user.entity';
import { AcceptInviteInput, LoginInput } from './auth.inputs';

@Resolver()
export class AuthResolver {
  constructor(private readonly authService: AuthService) {}

  @Public()
  @Mutation(() => User, { description: 'Starts a session (sets an httpOnly cookie)' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<User> {
    const { user, token, expiresAt } = await this.authService.login(input.email, input.password, ctx.client);
    ctx.cookies.setSession(token, expiresAt);
    return user;
  }

  @Authorized()
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await this.authService.logout(ctx.sessionTokenHash, ctx.user);
    ctx.cookies.clearSession();
    return true;
  }

  @Public()
  @Query(() => User, {
    nullable: true,
    description: 'Who an invitation link is for; null when used or expired',
  })
  invitation(@Arg('token') token: string): Promise<User | null> {
    return this.authService.inviteInfo(token);
  }

  @Public()
  @Query(() => InvitationContact, {
    nullable: true,
    description: 'Whom to ask for a new link when the invitation is used or expired; null otherwise',
  })
  invitationContact(@Arg('token') token: string): Promise<InvitationContact | null> {
    return this.authService.invitationContact(token);
  }

  @Public()
  @Mutation(() => User, { description: 'Sets the password of an invited user and logs them in' })
  async acceptInvite(@Arg('input') input: AcceptInviteInput, @Ctx() ctx: Context): Promise<User> {
    const { user, token, expiresAt } = await this.authService.acceptInvite(
      input.token,
      input.password,
      input.name,
      ctx.client,
    );
    ctx.cookies.setSession(token, expiresAt);
    return user;
  }
}
