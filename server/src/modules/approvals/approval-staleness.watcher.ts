import { log } from '../../core/logger';
import { isDatabaseUnavailable } from '../../core/database-unavailable';
import type { ApprovalService } from './approval.service';

/** Quiet time after the last stored edit before a chapter's approvals are re-checked. */
export const STALENESS_DEBOUNCE_MS = 300;
/** While someone keeps typing, a re-check still runs at least this often. */
export const STALENESS_MAX_WAIT_MS = 2000;
/** A failed re-check (the database down) is tried again after this pause, until it succeeds. */
const RETRY_AFTER_MS = 2000;

interface Pending {
  timer: NodeJS.Timeout;
  firstAt: number;
  editorId: string | null;
}

/**
 * Turns "an update of chapter X was stored" (from the collab persistence) into
 * debounced approval re-checks: typing costs no query per keystroke, and a
 * check is never lost — an edit that arrives while a check runs schedules
 * another, pending checks run on shutdown, and `reconcileAll` re-checks every
 * standing approval at start (after a crash).
 */
export class ApprovalStalenessWatcher {
  private readonly pending = new Map<string, Pending>();
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(private readonly approvalService: ApprovalService) {}

  /** The listener for ChapterChangeEvents. */
  readonly chapterChanged = (chapterId: string, editorId: string | null): void => {
    if (this.stopped) return;
    const now = Date.now();
    const existing = this.pending.get(chapterId);
    if (existing) clearTimeout(existing.timer);
    const firstAt = existing?.firstAt ?? now;
    const wait = Math.max(0, Math.min(STALENESS_DEBOUNCE_MS, firstAt + STALENESS_MAX_WAIT_MS - now));
    this.pending.set(chapterId, {
      firstAt,
      editorId: editorId ?? existing?.editorId ?? null,
      timer: setTimeout(() => void this.run(chapterId), wait),
    });
  };

  /** Re-checks every chapter that has a standing approval (at start). */
  async reconcileAll(): Promise<void> {
    try {
      const chapterIds = await this.approvalService.chaptersWithStandingApprovals();
      for (const chapterId of chapterIds) await this.approvalService.recheck(chapterId, null);
      log.info('approvals.reconciled', { chapters: chapterIds.length });
    } catch (error) {
      log.error('approvals.reconcile-failed', { error: String(error) });
      // Edits stored before a crash must still be checked once the database is back.
      if (isDatabaseUnavailable(error) && !this.stopped)
        setTimeout(() => void this.reconcileAll(), RETRY_AFTER_MS * 2).unref();
    }
  }

  /** Runs every pending check now and waits for all (graceful shutdown, before the database closes). */
  async flush(): Promise<void> {
    this.stopped = true;
    const ids = [...this.pending.keys()];
    for (const id of ids) clearTimeout(this.pending.get(id)!.timer);
    await Promise.all([...this.running.values()]);
    await Promise.all(ids.map((id) => this.run(id)));
  }

  private async run(chapterId: string): Promise<void> {
    // One check per chapter at a time; an edit during a check reschedules another.
    const previous = this.running.get(chapterId);
    if (previous) await previous;
    const pending = this.pending.get(chapterId);
    if (!pending) return;
    this.pending.delete(chapterId);
    const check = this.approvalService
      .recheck(chapterId, pending.editorId)
      .catch((error: unknown) => {
        log.error('approvals.recheck-failed', { chapterId, error: String(error) });
        // Retry later rather than miss a stale approval (after a pause: the database may be down).
        if (this.stopped || this.pending.has(chapterId)) return;
        this.pending.set(chapterId, {
          firstAt: Date.now(),
          editorId: pending.editorId,
          timer: setTimeout(() => void this.run(chapterId), RETRY_AFTER_MS),
        });
      })
      .finally(() => {
        if (this.running.get(chapterId) === check) this.running.delete(chapterId);
      });
    this.running.set(chapterId, check);
    await check;
  }
}
