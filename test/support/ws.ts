import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from './wait';
import type { TestServer } from './server';

/** The id of the operation each client started last (collect() reads it to know its subscription's id). */
const lastOperationId = new WeakMap<Client, string>();

/** A graphql-ws client that sends a browser's session cookie and Origin on the upgrade. */
export function subscriptionClient(baseUrl: string, cookie: string | undefined, origin = baseUrl): Client {
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), origin } });
    }
  }
  const client: Client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
    lazy: true,
    generateID: () => {
      const id = randomUUID();
      lastOperationId.set(client, id);
      return id;
    },
  });
  return client;
}

// Each subscription test names the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Result = { data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };

/** Collects what a subscription delivers, for asserting on later. */
export function collect(client: Client, query: string, variables: Record<string, unknown>) {
  const received: Result[] = [];
  let failure: unknown;
  let completed = false;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const dispose = client.subscribe<Result['data']>(
    { query, variables },
    {
      next: (value) => {
        received.push(value as Result);
        wake();
      },
      error: (error) => {
        // graphql-ws reports a refused operation (validation, limits) as an array of GraphQL errors.
        if (Array.isArray(error)) received.push({ errors: error as Result['errors'] });
        else failure = error;
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  const id = lastOperationId.get(client);
  return {
    /** The graphql-ws operation id the server logs. */
    id,
    received,
    get failure() {
      return failure;
    },
    get completed() {
      return completed;
    },
    dispose,
    /** Resolves when `n` results arrived (or the subscription ended). */
    async waitFor(n: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n && !completed && failure === undefined) {
        if (Date.now() > deadline) throw new Error(`Only ${received.length} of ${n} events arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
  };
}

/**
 * Waits until the server has started each subscription's stream (it logs subscription.started with the
 * operation id), so an event published from then on is delivered.
 */
export async function started(server: TestServer, ...subscriptions: { id: string | undefined }[]) {
  for (const { id } of subscriptions)
    await eventually(
      () => server.output().includes(`"event":"subscription.started","id":"${id}"`),
      `the server to start subscription ${id}`,
    );
}
