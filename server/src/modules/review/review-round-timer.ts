import { log } from '../../app/logger';
import type { ReviewRound } from './review-round.entity';
import type { ReviewRoundService } from './review-round.service';

/** setTimeout's limit; longer waits are re-armed. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Announces a round's close (ROUND_CLOSED) when its deadline passes. Whether a
 * round is open never depends on this timer (every check compares the
 * deadline with the clock); it only tells open subscriptions. Re-armed from the
 * database at start, so it survives restarts.
 */
export class ReviewRoundTimer {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly rounds: ReviewRoundService) {
    rounds.onDeadlineChanged = (round) => this.schedule(round);
  }

  async start(): Promise<void> {
    try {
      for (const round of await this.rounds.upcoming()) this.schedule(round);
    } catch (error) {
      log.error('review.timer-start-failed', { error: String(error) });
    }
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  schedule(round: ReviewRound): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(round.id));
    this.timers.delete(round.id);
    const delay = round.deadline.getTime() - Date.now();
    // Closed early or already past: the closing mutation published the event itself.
    if (delay <= 0) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(round.id);
        // Re-read: another instance may have extended or closed it meanwhile.
        void this.rounds
          .byId(round.id)
          .then((current) => {
            if (!current || this.stopped) return;
            if (current.deadline.getTime() > Date.now()) return this.schedule(current);
            if (!current.closedEarly) this.rounds.publish('ROUND_CLOSED', current);
          })
          .catch((error: unknown) =>
            log.error('review.timer-failed', { roundId: round.id, error: String(error) }),
          );
      },
      Math.min(delay, MAX_DELAY_MS),
    );
    timer.unref();
    this.timers.set(round.id, timer);
  }
}
