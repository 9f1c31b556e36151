import type { DataSource } from 'typeorm';
import { log } from '../../core/logger';
import { NotificationKind, type Notification } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import { todayInDenmark } from './edition-dates';

/** How often an instance looks for editions whose follow-up or revision has fallen due. */
export const DEADLINE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

const DEADLINES = [
  { kind: NotificationKind.FOLLOW_UP_DUE, due: 'followUpDue', notified: 'followUpNotifiedAt' },
  { kind: NotificationKind.REVISION_DUE, due: 'revisionDue', notified: 'revisionNotifiedAt' },
] as const;

/**
 * Tells a project's coordinators, once per edition, when its follow-up or
 * revision falls due (and no revision has started). Safe on any number of
 * instances: each edition is claimed with FOR UPDATE SKIP LOCKED and marked
 * notified in the same transaction as the notifications.
 */
export class EditionDeadlineService {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  start(): void {
    void this.runOnce();
    this.timer = setInterval(() => void this.runOnce(), DEADLINE_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Checks now (also right after a publication, which may be dated in the past). */
  runOnce(): Promise<void> {
    this.running ??= this.notifyDue()
      .catch((error: unknown) => log.error('editions.deadline-check-failed', { error: String(error) }))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async notifyDue(): Promise<void> {
    const today = todayInDenmark();
    for (const { kind, due, notified } of DEADLINES) {
      const created = await this.db.transaction(async (em) => {
        const editions: {
          id: string;
          projectId: string;
          documentId: string;
          number: number;
          due: string;
          title: string;
        }[] = await em.query(
          `SELECT e.id, e."projectId", e."documentId", e.number, to_char(e."${due}", 'YYYY-MM-DD') AS due, d.title
             FROM edition e JOIN document d ON d.id = e."documentId"
            WHERE e."${due}" <= $1::date AND e."${notified}" IS NULL AND e."revisionStartedAt" IS NULL
            ORDER BY e.id LIMIT 100 FOR UPDATE OF e SKIP LOCKED`,
          [today],
        );
        const all: Notification[] = [];
        for (const edition of editions) {
          const coordinators: { userId: string }[] = await em.query(
            `SELECT "userId" FROM membership WHERE "projectId" = $1 AND role = 'COORDINATOR'`,
            [edition.projectId],
          );
          all.push(
            ...(await this.notifications.create(
              em,
              coordinators.map(({ userId }) => ({
                userId,
                kind,
                projectId: edition.projectId,
                data: {
                  documentId: edition.documentId,
                  documentTitle: edition.title,
                  editionId: edition.id,
                  editionNumber: edition.number,
                  due: edition.due,
                },
              })),
            )),
          );
          await em.query(`UPDATE edition SET "${notified}" = now() WHERE id = $1`, [edition.id]);
        }
        return all;
      });
      this.notifications.publish(created);
    }
  }
}
