import { COLLAB_RECONNECT } from '@samskriv/schema';
import WebSocket from 'ws';
import { appendParagraph, blocks, eventually, openChapter, synced, type ChapterClient } from './collab';
import { buildProject } from './factories';
import type { TestServer } from './server';
import { pace } from './pace';

/**
 * Outage scenarios shared by the fault tests (which bound their recovery with wait-for-condition
 * timeouts, the acceptance criteria) and `npm run bench:faults` (which prints the times).
 */

export interface Outage {
  begin(): Promise<void>;
  /** Resolves when the database (or server) is ready again: recovery is measured from then. */
  end(): Promise<void>;
}

export interface TypingRun {
  /** From the end of the outage until every client is live again (each has every other's new text). */
  recoveryMs: number;
  /** Every `authenticationFailed` reason any client was given. */
  refusals: string[];
  /** Paragraphs a client typed (and the server acknowledged) that the stored chapter lacks. */
  lost: string[];
  typed: number;
}

const TYPE_EVERY_MS = 150;

/**
 * `clients` real Hocuspocus providers with the browser's reconnect backoff (half of them as the author,
 * half as the coordinator) type into one chapter before, during and after `outage`. `during` runs while
 * it lasts (e.g. checks of what the server answers meanwhile). Fails if they are not all live again
 * within `boundMs` of its end.
 */
export async function typeThroughOutage(
  server: TestServer,
  options: {
    clients: number;
    outage: Outage;
    outageMs: number;
    boundMs: number;
    during?: () => Promise<void>;
  },
): Promise<TypingRun> {
  const project = await buildProject(server, { chapters: 1 });
  const [chapterId] = project.chapterIds;
  const cookies = [project.author.client.cookie, project.coordinator.client.cookie];
  const clients: ChapterClient[] = [];
  const refusals: string[] = [];
  try {
    for (let i = 0; i < options.clients; i++) {
      const client = openChapter(server, chapterId, cookies[i % 2], { reconnect: COLLAB_RECONNECT });
      client.provider.on('authenticationFailed', ({ reason }: { reason: string }) => refusals.push(reason));
      clients.push(client);
    }
    await Promise.all(clients.map((c) => synced(c)));

    const typed: string[][] = clients.map(() => []);
    const typing = setInterval(() => {
      clients.forEach((client, i) => {
        const text = `c${i}-${typed[i].length}`;
        typed[i].push(text);
        appendParagraph(client, text);
      });
    }, TYPE_EVERY_MS);
    try {
      await pace(500); // clients type before the outage
      await options.outage.begin();
      const outageEnds = Date.now() + options.outageMs;
      await options.during?.();
      await pace(outageEnds - Date.now()); // and through it, for its whole length
    } finally {
      clearInterval(typing);
    }
    await options.outage.end();
    const readyAt = Date.now();

    // Each client writes one line now; live again = every client has every line and the server has them all.
    const markers = clients.map((client, i) => {
      const text = `live-${i}`;
      typed[i].push(text);
      appendParagraph(client, text);
      return text;
    });
    await eventually(
      () =>
        clients.every((client) => {
          const have = new Set(blocks(client));
          return (
            client.provider.isSynced &&
            client.provider.unsyncedChanges === 0 &&
            markers.every((m) => have.has(m))
          );
        }),
      `all ${clients.length} clients live again within ${options.boundMs} ms of the end of the outage`,
      options.boundMs,
    );
    const recoveryMs = Date.now() - readyAt;

    const { chapter } = await project.coordinator.client.ok<{ chapter: { text: string } }>(
      'query($id: UUID!) { chapter(id: $id) { text } }',
      { id: chapterId },
    );
    const stored = new Set(chapter.text.split('\n\n'));
    const all = typed.flat();
    return { recoveryMs, refusals, lost: all.filter((t) => !stored.has(t)), typed: all.length };
  } finally {
    for (const client of clients) client.destroy();
  }
}

export interface TimedAnswer {
  ms: number;
  status: number;
  code: string | undefined;
}

/** GET /readyz, timed. */
export async function timedReadyz(server: TestServer): Promise<TimedAnswer> {
  const started = Date.now();
  const response = await fetch(`${server.url}/readyz`);
  return { ms: Date.now() - started, status: response.status, code: undefined };
}

/** A GraphQL query over HTTP as a logged-in user, timed, with the first error's code. */
export async function timedQuery(server: TestServer, cookie: string | undefined): Promise<TimedAnswer> {
  const started = Date.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { ms: Date.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code };
}

/** A subscription over graphql-ws, timed until the server answers it with an error (or a first event). */
export async function timedSubscription(
  server: TestServer,
  cookie: string | undefined,
): Promise<TimedAnswer> {
  const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
    headers: { ...(cookie ? { cookie } : {}), origin: server.url },
  });
  try {
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.send(JSON.stringify({ type: 'connection_init' }));
    const started = Date.now();
    const answer = new Promise<{ type: string; payload?: { extensions?: { code?: string } }[] }>(
      (resolve, reject) => {
        ws.on('message', (data: Buffer) => {
          const message = JSON.parse(data.toString()) as { type: string };
          if (message.type === 'connection_ack')
            ws.send(
              JSON.stringify({
                id: '1',
                type: 'subscribe',
                payload: { query: 'subscription { notificationAdded { id } }' },
              }),
            );
          else if (message.type === 'error' || message.type === 'next') resolve(message);
        });
        ws.once('close', (code) => reject(new Error(`graphql-ws closed with ${code}`)));
      },
    );
    const message = await answer;
    return {
      ms: Date.now() - started,
      status: 0,
      code: message.type === 'error' ? message.payload?.[0]?.extensions?.code : undefined,
    };
  } finally {
    ws.close();
  }
}

/** Rejects when `promise` has not settled within `ms` (the bound is the acceptance criterion). */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
