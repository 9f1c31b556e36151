import { log } from '../../core/logger';
import { isDatabaseUnavailable } from '../../core/database-unavailable';
import type { ReviewRound } from './review-round.entity';
import type { ReviewRoundService } from './review-round.service';
import { REMINDER_BEFORE_MS, type ReviewRoundWorkflow } from './review-round-workflow';

/** setTimeout's limit; longer waits are re-armed. */
const MAX_DELAY_MS = 2 ** 31 - 1;
/** After a failure because the database was down, the next sweep comes this soon instead of on schedule. */
const RETRY_AFTER_MS = 5000;

/**
 * Closes a round when its deadline passes (its chapters go IN_REVIEW →
 * REVISION, ROUND_CLOSED is announced) and reminds reviewers 48 hours before.
 * Whether a round is open never depends on this timer (every check compares
 * the deadline with the clock). Every instance runs one; the close and each
 * reminder are claimed in the database (ReviewRoundWorkflow), so they happen
 * once however many instances fire. At start and every REVIEW_SWEEP_INTERVAL_MS it also
 * processes closes and reminders that fell due while no timer ran (restarts)
 * and schedules rounds opened on other instances.
 */
export class ReviewRoundTimer {
  private readonly timers = new Map<string, NodeJS.Timeout[]>();
  private sweepTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly rounds: ReviewRoundService,
    private readonly workflow: ReviewRoundWorkflow,
    /** How often it re-reads the rounds (rounds opened on other instances, reviewers added late): REVIEW_SWEEP_INTERVAL_MS. */
    private readonly sweepIntervalMs: number,
  ) {
    rounds.onDeadlineChanged = (round) => this.schedule(round);
  }

  async start(): Promise<void> {
    await this.sweep();
    this.sweepTimer = setInterval(() => void this.sweep(), this.sweepIntervalMs);
    this.sweepTimer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.sweepTimer);
    clearTimeout(this.retryTimer);
    for (const timers of this.timers.values()) for (const timer of timers) clearTimeout(timer);
    this.timers.clear();
  }

  schedule(round: ReviewRound): void {
    if (this.stopped) return;
    for (const timer of this.timers.get(round.id) ?? []) clearTimeout(timer);
    this.timers.delete(round.id);
    const now = Date.now();
    const timers: NodeJS.Timeout[] = [];
    const at = (time: number, run: () => Promise<unknown>) => {
      const delay = time - now;
      if (delay <= 0) return;
      const timer = setTimeout(
        () => {
          // Re-armed by the next sweep when the wait was longer than setTimeout allows.
          if (delay > MAX_DELAY_MS || this.stopped) return;
          // A timer may fire a little early; the claims compare with the clock.
          if (Date.now() < time) return this.schedule(round);
          void run().catch((error: unknown) => {
            log.error('review.timer-failed', { roundId: round.id, error: String(error) });
            this.retrySoon(error);
          });
        },
        Math.min(delay, MAX_DELAY_MS),
      );
      timer.unref();
      timers.push(timer);
    };
    // Closed early or already past: the closing mutation (or the sweep) handled it.
    at(round.deadline.getTime(), async () => {
      if (await this.workflow.closeIfDue(round.id)) return;
      // Not claimed: closed elsewhere, or extended on another instance — then follow the new deadline.
      const current = await this.rounds.byId(round.id);
      if (current && current.deadline.getTime() > Date.now()) this.schedule(current);
    });
    at(round.deadline.getTime() - REMINDER_BEFORE_MS, () => this.workflow.remindDue(round.id));
    if (timers.length > 0) this.timers.set(round.id, timers);
  }

  private async sweep(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.workflow.closeDue();
      await this.workflow.remindDue();
      for (const round of await this.rounds.upcoming()) this.schedule(round);
    } catch (error) {
      log.error('review.sweep-failed', { error: String(error) });
      this.retrySoon(error);
    }
  }

  /** A close or reminder missed during an outage happens once the database is back (the sweep claims it). */
  private retrySoon(error: unknown): void {
    if (this.stopped || this.retryTimer || !isDatabaseUnavailable(error)) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.sweep();
    }, RETRY_AFTER_MS);
    this.retryTimer.unref();
  }
}
