import { ArrayMaxSize, Max, Min } from 'class-validator';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { NotificationService } from './notification.service';
import { PUBSUB } from '../../core/pubsub-token';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { authorizedStream } from '../../core/authorized-stream';
import { startingWith } from '../../core/starting-with';
import { oncePerEvent } from '../../core/per-event';
import { Topic, type NotificationAddedPayload } from '../../core/pubsub';
import { Notification } from './notification.entity';

@ArgsType()
class NotificationsArgs {
  @Field({ defaultValue: false })
  unreadOnly: boolean;

  @Field(() => Int, { defaultValue: 50, description: '1 to 200' })
  @Min(1)
  @Max(200)
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(1_000_000)
  offset: number;
}

@ArgsType()
class MarkReadArgs {
  @Field(() => [UUID], { nullable: true, description: 'Omit to mark all read' })
  @ArrayMaxSize(500)
  ids?: string[] | null;
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Authorized()
  @Query(() => [Notification], { description: 'My notifications, newest first' })
  notifications(
    @Args() { unreadOnly, limit, offset }: NotificationsArgs,
    @Ctx() ctx: Context,
  ): Promise<Notification[]> {
    return this.notificationService.list(ctx.user!, unreadOnly, limit, offset);
  }

  @Authorized()
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return this.notificationService.unreadCount(ctx.user!);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'How many were marked read' })
  markNotificationsRead(@Args() { ids }: MarkReadArgs, @Ctx() ctx: Context): Promise<number> {
    return this.notificationService.markRead(ctx.user!, ids);
  }

  @Authorized()
  @Subscription(() => Notification, {
    description: 'My new notifications, each checked on delivery (I must still be a member of its project)',
    subscribe: ({ context }) => myNotifications(context as Context),
  })
  async notificationAdded(
    @Root() payload: NotificationAddedPayload,
    @Ctx() ctx: Context,
  ): Promise<Notification> {
    const notification = await visibleNotification(this.notificationService, ctx.user!, payload);
    if (!notification) throw new Error('Notification no longer visible');
    return notification;
  }

  @Authorized()
  @Subscription(() => Int, {
    description:
      'My unread count: the current one as soon as the subscription listens, then again after each new ' +
      'notification. A count shown from this misses nothing that arrived between a query and the subscription',
    subscribe: ({ context }) => startingWith('start', myNotifications(context as Context)),
  })
  unreadNotificationCountChanged(@Ctx() ctx: Context): Promise<number> {
    return this.notificationService.unreadCount(ctx.user!);
  }
}

/** The user's new notifications, each delivered only while they may still see it. */
function myNotifications(ctx: Context): AsyncIterable<NotificationAddedPayload> {
  const user = ctx.user!;
  return authorizedStream(
    ctx.container.get(PUBSUB).subscribe(Topic.NotificationAdded, user.id),
    async (event) =>
      event.userId === user.id &&
      (await visibleNotification(ctx.container.get(NotificationService), user, event)) !== null
        ? 'deliver'
        : 'skip',
  );
}

/** The topic is the user's own: every socket of theirs shares one query per event. */
function visibleNotification(
  notifications: NotificationService,
  user: Parameters<NotificationService['visibleOne']>[0],
  event: NotificationAddedPayload,
) {
  return oncePerEvent(event, `notification:${user.id}`, () =>
    notifications.visibleOne(user, event.notificationId),
  );
}
