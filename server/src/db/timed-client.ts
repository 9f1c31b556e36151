import { Client } from 'pg';

const READ_TIMEOUT = 'Query read timeout';

/**
 * A pg client that drops its connection when a query gets no answer within `query_timeout`. pg's own
 * timeout only stops waiting: the connection would go back to the pool still stuck behind the hung query,
 * or inside a transaction whose ROLLBACK never went out. Destroying it makes the pool discard it, and
 * PostgreSQL rolls back whatever that connection had open once it answers again.
 */
export class TimedClient extends Client {}

// Always called with apply(this, …) below.
// eslint-disable-next-line @typescript-eslint/unbound-method
const query = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;
TimedClient.prototype.query = function (this: TimedClient, ...args: unknown[]) {
  const result = query.apply(this, args);
  if (result instanceof Promise)
    result.catch((error: unknown) => {
      if (error instanceof Error && error.message === READ_TIMEOUT) this.connection.stream.destroy();
    });
  return result;
} as Client['query'];
