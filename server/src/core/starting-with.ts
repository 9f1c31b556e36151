import { Repeater } from '@graphql-yoga/subscription';

/**
 * `source` with `first` in front. The source is subscribed to before `first`
 * is delivered, so whatever is resolved for `first` (a current state, read
 * from the database) already counts every event the stream will not deliver:
 * a client that takes its starting state from the subscription misses nothing
 * between reading the state and listening for changes.
 */
export function startingWith<T, F>(first: F, source: AsyncIterable<T>): AsyncIterable<T | F> {
  return new Repeater<T | F>(async (push, stop) => {
    const events = source[Symbol.asyncIterator]();
    // Starting the source's iteration is what registers its listener.
    const pending = events.next();
    void stop.then(() => void events.return?.());
    await push(first);
    for (let next = await pending; !next.done; next = await events.next()) await push(next.value);
    stop();
  });
}
