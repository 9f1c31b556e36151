import { Repeater } from '@graphql-yoga/subscription';

/** What a receiver gets of one event: it, nothing, or the end of the subscription (no longer a member). */
export type Verdict = 'deliver' | 'skip' | 'end';

/**
 * Passes on an event only if the receiver may see it now: rights can change
 * while a socket stays open, so the verdict is given per event (from data loaded
 * once per event, see `oncePerEvent`), not per subscription. `ends` completes the
 * stream at once when it yields, without waiting for the next event: a member
 * removed from the project has their subscriptions completed, not just silenced.
 */
export function authorizedStream<T>(
  source: AsyncIterable<T>,
  verdict: (event: T) => Verdict | Promise<Verdict>,
  ends?: AsyncIterable<unknown>,
): AsyncIterable<T> {
  return new Repeater<T>(async (push, stop) => {
    const events = source[Symbol.asyncIterator]();
    const endings = ends?.[Symbol.asyncIterator]();
    void stop.then(() => {
      void events.return?.();
      void endings?.return?.();
    });
    if (endings) void endings.next().then((result) => !result.done && stop(), stop);
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      const decision = await verdict(next.value);
      if (decision === 'end') break;
      if (decision === 'deliver') await push(next.value);
    }
    stop();
  });
}
