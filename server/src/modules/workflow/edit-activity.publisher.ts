import type { DataSource } from 'typeorm';
import { log } from '../../core/logger';
import { Topic, type AppPubSub } from '../../core/pubsub';
import { Chapter } from '../documents/chapter.entity';

/** A chapter's dashboard row is told about edits at most this often. */
export const EDIT_ACTIVITY_INTERVAL_MS = 2000;

interface Pending {
  timer: NodeJS.Timeout | null;
  lastPublishedAt: number;
  lastEditAt: number;
}

/**
 * Turns "an update of chapter X was stored" into chapterWorkflowChanged
 * events carrying the new last-edit time, so the coordinator dashboard's
 * last-edit column follows typing live. Throttled per chapter: the first edit
 * is published at once, further edits within EDIT_ACTIVITY_INTERVAL_MS are
 * folded into one event at the end of the interval.
 */
export class EditActivityPublisher {
  private readonly chapters = new Map<string, Pending>();
  private readonly projectOf = new Map<string, string>();
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /** The listener for ChapterChangeEvents. */
  readonly chapterChanged = (chapterId: string): void => {
    if (this.stopped) return;
    const now = Date.now();
    const entry = this.chapters.get(chapterId) ?? { timer: null, lastPublishedAt: 0, lastEditAt: now };
    entry.lastEditAt = now;
    this.chapters.set(chapterId, entry);
    if (entry.timer) return;
    const wait = Math.max(0, entry.lastPublishedAt + EDIT_ACTIVITY_INTERVAL_MS - now);
    entry.timer = setTimeout(() => void this.publish(chapterId, entry), wait);
  };

  /** Drops pending events (shutdown). */
  stop(): void {
    this.stopped = true;
    for (const entry of this.chapters.values()) if (entry.timer) clearTimeout(entry.timer);
    this.chapters.clear();
  }

  private async publish(chapterId: string, entry: Pending): Promise<void> {
    entry.timer = null;
    entry.lastPublishedAt = Date.now();
    try {
      let projectId = this.projectOf.get(chapterId);
      if (!projectId) {
        const chapter = await this.db
          .getRepository(Chapter)
          .findOne({ where: { id: chapterId }, select: { id: true, projectId: true } });
        if (!chapter) return;
        projectId = chapter.projectId;
        this.projectOf.set(chapterId, projectId);
      }
      if (this.stopped) return;
      this.pubSub.publish(Topic.ChapterWorkflowChanged, projectId, {
        projectId,
        chapterId,
        lastEditedAt: new Date(entry.lastEditAt).toISOString(),
      });
    } catch (error) {
      log.error('workflow.edit-activity-failed', { chapterId, error: String(error) });
    } finally {
      // Forget quiet chapters so the map stays small.
      setTimeout(() => {
        if (
          !entry.timer &&
          this.chapters.get(chapterId) === entry &&
          Date.now() - entry.lastEditAt >= EDIT_ACTIVITY_INTERVAL_MS
        )
          this.chapters.delete(chapterId);
      }, EDIT_ACTIVITY_INTERVAL_MS).unref();
    }
  }
}
