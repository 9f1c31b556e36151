import type { ChapterStoreService } from './chapter-store.service';

interface Pending {
  update: Uint8Array;
  userId: string | null;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * One FIFO write queue per chapter with group commit: whatever arrives while a
 * write is in flight goes into the next INSERT. Because it is FIFO, when an
 * update's write resolves, every update the server applied before it is
 * stored too, so an acknowledged update never depends on an unstored one.
 */
export class ChapterWriteQueues {
  private readonly queues = new Map<string, { pending: Pending[]; running: Promise<void> | null }>();

  constructor(
    private readonly store: ChapterStoreService,
    /** Called when a write failed: memory is then ahead of the database for this chapter. */
    private readonly onFailure: (chapterId: string, error: unknown) => void,
  ) {}

  append(chapterId: string, update: Uint8Array, userId: string | null): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let queue = this.queues.get(chapterId);
      if (!queue) {
        queue = { pending: [], running: null };
        this.queues.set(chapterId, queue);
      }
      queue.pending.push({ update, userId, resolve, reject });
      if (!queue.running) queue.running = this.run(chapterId, queue);
    });
  }

  /** Resolves once every queued write has settled (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.all([...this.queues.values()].flatMap((q) => (q.running ? [q.running] : [])));
  }

  private async run(chapterId: string, queue: { pending: Pending[]; running: Promise<void> | null }) {
    while (queue.pending.length > 0) {
      const batch = queue.pending.splice(0);
      try {
        await this.store.appendMany(chapterId, batch);
        for (const item of batch) item.resolve();
      } catch (error) {
        // Everything queued after a failed write may depend on it: fail it all.
        const failed = [...batch, ...queue.pending.splice(0)];
        for (const item of failed) item.reject(error);
        this.onFailure(chapterId, error);
      }
    }
    queue.running = null;
    if (queue.pending.length === 0) this.queues.delete(chapterId);
  }
}
