import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Topic, type AppPubSub } from '../../core/pubsub';
import { Membership } from '../projects/membership.entity';
import type { User } from '../users/user.entity';
import { Notification, type NotificationKind } from './notification.entity';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  projectId: string;
  chapterId?: string | null;
  actorId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * The in-app notification centre. Notifications are written in the
 * transaction of what caused them and published after it commits
 * (`publish`), so nobody is told about something that was rolled back.
 */
export class NotificationService {
  constructor(
    private readonly db: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  async create(em: EntityManager, items: NewNotification[]): Promise<Notification[]> {
    if (items.length === 0) return [];
    const repo = em.getRepository(Notification);
    return repo.save(
      items.map((n) =>
        repo.create({
          userId: n.userId,
          kind: n.kind,
          projectId: n.projectId,
          chapterId: n.chapterId ?? null,
          actorId: n.actorId ?? null,
          data: n.data ?? {},
        }),
      ),
    );
  }

  /** Call after the creating transaction committed. */
  publish(notifications: Notification[]): void {
    for (const n of notifications)
      this.pubSub.publish(Topic.NotificationAdded, n.userId, {
        notificationId: n.id,
        userId: n.userId,
        projectId: n.projectId,
      });
  }

  /** Mine, newest first, only from projects I am still a member of. */
  list(user: User, unreadOnly: boolean, limit: number, offset: number): Promise<Notification[]> {
    return this.visible(user, unreadOnly)
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(limit)
      .skip(offset)
      .getMany();
  }

  unreadCount(user: User): Promise<number> {
    return this.visible(user, true).getCount();
  }

  /** Marks the given (or, with none, all) of my notifications read; returns how many changed. */
  async markRead(user: User, ids: string[] | null | undefined): Promise<number> {
    const result = await this.db
      .getRepository(Notification)
      .update({ userId: user.id, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) }, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /** One of my notifications, if I may still see it (checked per delivered event). */
  async visibleOne(user: User, id: string): Promise<Notification | null> {
    return this.visible(user, false).andWhere('n.id = :id', { id }).getOne();
  }

  private visible(user: User, unreadOnly: boolean) {
    const query = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .innerJoin(Membership, 'm', 'm."projectId" = n."projectId" AND m."userId" = n."userId"')
      .where('n.userId = :userId', { userId: user.id });
    return unreadOnly ? query.andWhere('n.readAt IS NULL') : query;
  }
}
