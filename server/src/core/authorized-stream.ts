/** What a receiver gets of one event: it, nothing, or the end of the subscription (no longer a member). */
export type Verdict = 'deliver' | 'skip' | 'end';

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/**
 * Passes on an event only if the receiver may see it now: rights can change
 * while a socket stays open, so the verdict is given per event (from data loaded
 * once per event, see `oncePerEvent`), not per subscription. `ends` completes the
 * stream at once when it yields, without waiting for the next event: a member
 * removed from the project has their subscriptions completed, not just silenced.
 * Pulled by the subscription, with no buffer of its own: the source queues.
 */
export function authorizedStream<T>(
  source: AsyncIterable<T>,
  verdict: (event: T) => Verdict | Promise<Verdict>,
  ends?: AsyncIterable<unknown>,
): AsyncIterableIterator<T> {
  const events = source[Symbol.asyncIterator]();
  const endings = ends?.[Symbol.asyncIterator]();
  let finished = false;
  // Ending the source also answers a pull waiting for its next event.
  const finish = () => {
    if (finished) return;
    finished = true;
    void events.return?.();
    void endings?.return?.();
  };
  if (endings) void endings.next().then((result) => !result.done && finish(), finish);

  const pull = async (): Promise<IteratorResult<T>> => {
    try {
      while (!finished) {
        const next = await events.next();
        if (finished || next.done) break;
        const decision = await verdict(next.value);
        if (finished || decision === 'end') break;
        if (decision === 'deliver') return next;
      }
    } catch (error) {
      finish();
      throw error;
    }
    finish();
    return DONE;
  };
  return {
    next: () => (finished ? Promise.resolve(DONE) : pull()),
    return: () => {
      finish();
      return Promise.resolve(DONE);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
