import type { DataSource } from 'typeorm';
import { log } from '../../core/logger';
import type { ChapterStoreService } from '../collab/chapter-store.service';
import { renderChapterUpdates } from '../collab/chapter-render';

/** Quiet time after the last stored edit before a chapter's text is indexed again. */
export const INDEX_DEBOUNCE_MS = 500;
/** While someone keeps typing, the index still follows at least this often. */
export const INDEX_MAX_WAIT_MS = 1500;
/** Chapters indexed at once when catching up at start. */
const RECONCILE_CONCURRENCY = 4;

interface Pending {
  timer: NodeJS.Timeout;
  firstAt: number;
}

/**
 * Keeps chapter text in the search index from the chapter write path: every
 * stored update schedules a debounced re-index of its chapter (rendered from
 * what is stored, once per burst of typing, not per keystroke), and every
 * compaction re-indexes once. At start, chapters whose index is older than
 * their last stored edit are indexed again (after a crash, or the migration).
 */
export class ChapterSearchIndexer {
  private readonly pending = new Map<string, Pending>();
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly store: ChapterStoreService,
  ) {}

  /** The listener for ChapterChangeEvents' stored edits. */
  readonly chapterChanged = (chapterId: string): void => this.schedule(chapterId, INDEX_DEBOUNCE_MS);

  /** The listener for compactions: the text is unchanged, but this is the moment to be exact once. */
  readonly chapterCompacted = (chapterId: string): void => this.schedule(chapterId, 0);

  private schedule(chapterId: string, debounce: number): void {
    if (this.stopped) return;
    const now = Date.now();
    const existing = this.pending.get(chapterId);
    if (existing) clearTimeout(existing.timer);
    const firstAt = existing?.firstAt ?? now;
    const wait = Math.max(0, Math.min(debounce, firstAt + INDEX_MAX_WAIT_MS - now));
    this.pending.set(chapterId, { firstAt, timer: setTimeout(() => void this.run(chapterId), wait) });
  }

  /** Indexes every chapter whose index is older than its last stored edit; returns how many. */
  async reconcileAll(): Promise<number> {
    let count = 0;
    try {
      const rows: { id: string }[] = await this.db.query(
        `SELECT d."sourceId" AS id FROM search_document d
          WHERE d.kind = 'CHAPTER' AND d."indexedAt" < GREATEST(
            (SELECT s."updatedAt" FROM chapter_snapshot s WHERE s."chapterId" = d."sourceId"),
            (SELECT max(u."createdAt") FROM chapter_update u WHERE u."chapterId" = d."sourceId"))`,
      );
      // A few at a time: rendering (here) and to_tsvector (in PostgreSQL) overlap.
      const queue = rows.map((r) => r.id);
      await Promise.all(
        Array.from({ length: RECONCILE_CONCURRENCY }, async () => {
          for (let id = queue.shift(); id && !this.stopped; id = queue.shift()) {
            await this.index(id);
            count++;
          }
        }),
      );
    } catch (error) {
      log.error('search.reconcile-failed', { error: String(error) });
    }
    return count;
  }

  /** Runs every pending index now and waits for all (graceful shutdown, before the database closes). */
  async flush(): Promise<void> {
    this.stopped = true;
    const ids = [...this.pending.keys()];
    for (const id of ids) clearTimeout(this.pending.get(id)!.timer);
    await Promise.all([...this.running.values()]);
    await Promise.all(ids.map((id) => this.run(id)));
  }

  /** Renders the chapter's stored text and writes it to the index. */
  async index(chapterId: string): Promise<void> {
    // Taken before reading: an edit stored meanwhile is newer than the index and is found by reconcileAll.
    const [{ now }]: { now: Date }[] = await this.db.query('SELECT clock_timestamp() AS now');
    const { updates, log: stored } = await this.store.loadUpdates(chapterId);
    const { text } = renderChapterUpdates(updates);
    await this.db.query(
      `UPDATE search_document SET body = $2, tsv = search_vector(title, $2), "indexedAt" = $3,
              "occurredAt" = COALESCE($4, (SELECT s."lastEditedAt" FROM chapter_snapshot s WHERE s."chapterId" = $1),
                "occurredAt")
        WHERE kind = 'CHAPTER' AND "sourceId" = $1`,
      [chapterId, text, now, stored.last?.at ?? null],
    );
  }

  private async run(chapterId: string): Promise<void> {
    const previous = this.running.get(chapterId);
    if (previous) await previous;
    if (!this.pending.has(chapterId)) return;
    this.pending.delete(chapterId);
    const work = this.index(chapterId)
      .catch((error: unknown) => {
        log.error('search.index-failed', { chapterId, error: String(error) });
        if (!this.stopped && !this.pending.has(chapterId)) this.schedule(chapterId, INDEX_MAX_WAIT_MS);
      })
      .finally(() => {
        if (this.running.get(chapterId) === work) this.running.delete(chapterId);
      });
    this.running.set(chapterId, work);
    await work;
  }
}
