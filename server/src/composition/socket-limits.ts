import { GraphQLError } from 'graphql';

/** Per graphql-ws connection, so one socket cannot stall the process for everyone else. */
export const SOCKET_LIMITS = {
  maxActiveOperations: 100,
  /** Subscribe messages: a burst of this many, then `perSecond`. */
  burst: 40,
  perSecond: 20,
};

const refused = (reason: string, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', reason, ...extra } });

/** A token bucket per socket; checked before any parsing, so a refused message costs next to nothing. */
export class SocketBudget {
  private tokens = SOCKET_LIMITS.burst;
  private refilledAt = performance.now();

  /** Null if the operation may start; otherwise the error to answer it with. */
  admit(activeOperations: number): GraphQLError | null {
    const now = performance.now();
    this.tokens = Math.min(
      SOCKET_LIMITS.burst,
      this.tokens + ((now - this.refilledAt) / 1000) * SOCKET_LIMITS.perSecond,
    );
    this.refilledAt = now;
    if (activeOperations > SOCKET_LIMITS.maxActiveOperations)
      return refused(
        'TOO_MANY_SUBSCRIPTIONS',
        `At most ${SOCKET_LIMITS.maxActiveOperations} active subscriptions per connection`,
        { limit: SOCKET_LIMITS.maxActiveOperations },
      );
    if (this.tokens < 1)
      return refused('SUBSCRIBE_RATE', 'Too many operations on this connection; slow down', {
        retryAfterSeconds: 1,
      });
    this.tokens -= 1;
    return null;
  }
}
