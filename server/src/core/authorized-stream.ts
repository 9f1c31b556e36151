import { filter, pipe } from '@graphql-yoga/subscription';

/**
 * Passes on an event only if the receiver may see it now: rights can change
 * while a socket stays open, so the check runs per event, not per subscription.
 */
export function authorizedStream<T>(
  source: AsyncIterable<T>,
  mayReceive: (event: T) => Promise<boolean>,
): AsyncIterable<T> {
  return pipe(source, filter(mayReceive));
}
