import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { User } from '../users/user.entity';
import { mentionable } from './mentionable';
import { CommentPermissions } from './review.types';

@Resolver(() => CommentPermissions)
export class CommentMentionResolver {
  @FieldResolver(() => [User], {
    description:
      'Whom a reply in this thread may mention (members who will see it), by name; [] unless `reply`',
  })
  mentionable(@Root() permissions: CommentPermissions, @Ctx() ctx: Context): Promise<User[]> | User[] {
    const { comment, round } = permissions;
    if (!permissions.reply) return [];
    return mentionable(ctx, comment.projectId, comment, round);
  }
}
