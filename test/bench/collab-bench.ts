/**
 * `npm run bench:collab`: prints figures, passes or fails nothing.
 *
 * 1. Delivery latency: 200 clients on one chapter, one of them (a real provider)
 *    sending 50 edits/s; time from the sender's edit to its arrival at each of the
 *    199 others (lean raw-WebSocket receivers in this process). The same harness
 *    runs against plain Hocuspocus (no extensions) for comparison.
 * 2. Opening a chapter whose log holds 10,000 stored updates: time from opening
 *    the socket to the first sync, each open on a chapter not loaded in memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { cookieWebSocket } from '../support/collab';
import { startPostgres } from './bench-postgres';
import { pace, paceUntil } from './pace';
import { buildProject } from '../support/factories';
import { freePort } from '../support/ports';
import { startTestServer } from '../support/server';
import { eventually } from '../support/wait';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const EDITS_PER_SECOND = 50;
const EDITS = Number(process.env.BENCH_EDITS ?? 500);
const WARMUP_EDITS = 50;
const LOG_UPDATES = 10_000;
const OPENS = Number(process.env.BENCH_OPENS ?? 20);

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const f = (n: number) => `${n.toFixed(2)} ms`;
  return `p50 ${f(at(50))}  p95 ${f(at(95))}  p99 ${f(at(99))}  max ${f(sorted[sorted.length - 1])}  (n=${sorted.length})`;
}

interface Client_ {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
}

function connect(url: string, name: string, cookie?: string): Client_ {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: cookieWebSocket(cookie) });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token: 'ignored',
  });
  provider.attach();
  return { provider, socket, doc };
}

const whenSynced = (c: Client_) =>
  new Promise<void>((resolve, reject) => {
    if (c.provider.isSynced) return resolve();
    c.provider.on('synced', () => resolve());
    c.provider.on('authenticationFailed', ({ reason }: { reason: string }) => reject(new Error(reason)));
  });

const varUint = (n: number): number[] => {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f));
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
};
const varString = (s: string) => {
  const bytes = Buffer.from(s, 'utf8');
  return [...varUint(bytes.length), ...bytes];
};

/**
 * A lean receiver: a raw WebSocket speaking just enough of the Hocuspocus
 * protocol (auth, sync step 1) to be sent every update, which it only scans
 * for the sender's `#<seq>#` marker. The 199 receivers share this process, so
 * full providers decoding every update would measure the harness, not the server.
 */
function leanReceiver(url: string, name: string, cookie: string | undefined, onSeq: (seq: number) => void) {
  return new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url, { headers: cookie ? { cookie } : {} });
    const prefix = Buffer.from(varString(name));
    ws.on('open', () => {
      ws.send(Buffer.from([...prefix, ...varUint(2), ...varUint(0), ...varString('ignored')])); // auth token
      ws.send(Buffer.from([...prefix, ...varUint(0), ...varUint(0), ...varUint(1), 0])); // sync step 1, empty state
    });
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      const type = data[prefix.length];
      if (type === 2) {
        const authType = data[prefix.length + 1];
        if (authType === 2) resolve(ws);
        else reject(new Error('permission denied'));
        return;
      }
      const match = /#(\d+)#/.exec(data.toString('latin1'));
      if (match) onSeq(Number(match[1]));
    });
  });
}

/** 1 sender (a real provider) + (CLIENTS - 1) receivers on `name`; returns the delivery latencies in ms. */
async function deliveryLatency(url: string, name: string, cookies: string[]): Promise<number[]> {
  const sender = connect(url, name, cookies[0]);
  await whenSynced(sender);
  const sentAt: number[] = [];
  const samples: number[] = [];
  const receivers: WebSocket[] = [];
  for (let i = 1; i < CLIENTS; i++) {
    const seen = new Set<number>();
    receivers.push(
      await leanReceiver(url, name, cookies[i % cookies.length], (seq) => {
        const now = performance.now();
        if (seen.has(seq)) return;
        seen.add(seq);
        if (seq >= WARMUP_EDITS && sentAt[seq] !== undefined) samples.push(now - sentAt[seq]);
      }),
    );
  }
  const fragment = sender.doc.getXmlFragment('default');
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  fragment.push([paragraph]);
  await eventually(() => sender.provider.unsyncedChanges === 0, 'the paragraph to be stored', 60_000);

  const interval = 1000 / EDITS_PER_SECOND;
  const started = performance.now();
  for (let seq = 0; seq < WARMUP_EDITS + EDITS; seq++) {
    await paceUntil(started + seq * interval);
    sentAt[seq] = performance.now();
    text.insert(text.length, `#${seq}#`);
  }
  // Every receiver has every measured edit, or a lost one shows as fewer samples.
  const expected = EDITS * (CLIENTS - 1);
  await eventually(() => samples.length >= expected, 'every edit at every receiver', 10_000, 20).catch(
    () => undefined,
  );
  sender.provider.destroy();
  sender.socket.destroy();
  for (const ws of receivers) ws.terminate();
  await pace(500); // the server closes the sockets before the next run starts
  return samples;
}

/** Plain Hocuspocus 3 (no extensions, in-memory) in its own process, for comparison. */
async function startPlainHocuspocus(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const code = `const { Server } = require('@hocuspocus/server');
new Server({ port: ${port}, address: '127.0.0.1', quiet: true }).listen();`;
  const child: ChildProcess = spawn(process.execPath, ['-e', code], { cwd: process.cwd(), stdio: 'inherit' });
  await eventually(
    () => fetch(`http://127.0.0.1:${port}/`).then(() => true),
    'plain Hocuspocus to listen',
    10_000,
    50,
  ).catch(() => undefined); // connecting to it then fails with its own error
  return { url: `ws://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

/** `count` updates as a person typing would produce them, one character each. */
function typingUpdates(count: number): Buffer[] {
  const doc = new Y.Doc();
  const updates: Buffer[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(Buffer.from(update)));
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment('default').push([paragraph]);
  while (updates.length < count) text.insert(text.length, 'x');
  return updates.slice(0, count);
}

async function main() {
  const stopPostgres = await startPostgres();
  // BENCH_PROFILE=<preload script>: a profiler to run inside the Samskriv server (see PROF_DIR, PROF_MS).
  const profile = process.env.BENCH_PROFILE;
  const server = await startTestServer(
    profile
      ? {
          env: {
            NODE_OPTIONS: `--require ${profile}`,
            PROF_DIR: '/tmp/prof',
            PROF_MS: process.env.PROF_MS ?? '60000',
          },
        }
      : {},
  );
  try {
    const project = await buildProject(server, { chapters: OPENS + 1 });
    const cookies = [
      project.author.client.cookie!,
      project.reviewer.client.cookie!,
      project.coordinator.client.cookie!,
    ];
    const collabUrl = `${server.url.replace(/^http/, 'ws')}/collab`;
    console.log(`\nSamskriv collab benchmark (${os.cpus().length} CPUs, Node ${process.version})`);

    // Alternating rounds, so that load from other processes on the machine hits both alike.
    const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
    const plainSamples: number[] = [];
    const samples: number[] = [];
    const chapterDoc = `chapter:${project.chapterIds[0]}`;
    for (let round = 0; round < rounds; round++) {
      const plain = await startPlainHocuspocus();
      plainSamples.push(...(await deliveryLatency(plain.url, 'bench', [''])));
      plain.stop();
      samples.push(...(await deliveryLatency(collabUrl, chapterDoc, cookies)));
    }
    console.log(
      `\nDelivery to ${CLIENTS - 1} clients, 1 sender at ${EDITS_PER_SECOND} edits/s, ${rounds} x ${EDITS} edits (load average ${os.loadavg()[0].toFixed(1)}):`,
    );
    console.log(`  plain Hocuspocus 3.4 (no auth, no persistence): ${percentiles(plainSamples)}`);
    console.log(`  Samskriv (cookie auth, save-before-ack, presence): ${percentiles(samples)}`);

    // Every open below loads from PostgreSQL: each chapter gets its own 10,000-update log.
    const updates = typingUpdates(LOG_UPDATES);
    const openChapters = project.chapterIds.slice(1);
    for (const chapterId of openChapters) {
      await server.db.query(
        'INSERT INTO chapter_update ("chapterId", update, "userId") SELECT $1, u, $2 FROM unnest($3::bytea[]) AS u',
        [chapterId, project.author.id, updates],
      );
    }
    const opens: number[] = [];
    for (const chapterId of openChapters) {
      const started = performance.now();
      const client = connect(collabUrl, `chapter:${chapterId}`, cookies[0]);
      await whenSynced(client);
      opens.push(performance.now() - started);
      const length = client.doc.getXmlFragment('default').toJSON().length;
      if (length < LOG_UPDATES) throw new Error(`Loaded only ${length} characters`);
      client.provider.destroy();
      client.socket.destroy();
    }
    console.log(
      `\nOpening a chapter with ${LOG_UPDATES.toLocaleString('en')} stored updates (connect to synced, ${OPENS} cold opens):`,
    );
    console.log(`  ${percentiles(opens)}`);

    const warm: number[] = [];
    await eventually(
      async () =>
        (
          await server.db.query<{ n: string }>(
            'SELECT count(*) AS n FROM chapter_update WHERE "chapterId" = ANY($1::uuid[])',
            [openChapters],
          )
        ).rows[0].n === '0',
      'the background compaction to fold the logs',
      120_000,
      100,
    ).catch(() => undefined); // compaction not done: the figure says so
    for (const chapterId of openChapters) {
      const started = performance.now();
      const client = connect(collabUrl, `chapter:${chapterId}`, cookies[0]);
      await whenSynced(client);
      warm.push(performance.now() - started);
      client.provider.destroy();
      client.socket.destroy();
      await pace(50); // one open at a time, the server idle in between
    }
    console.log(`  the same chapters after background compaction: ${percentiles(warm)}\n`);
    if (process.env.BENCH_VERBOSE)
      console.log(
        server
          .output()
          .split('\n')
          .filter((line) => line.includes('collab.loaded'))
          .join('\n'),
      );
  } finally {
    await server.stop();
    await stopPostgres();
  }
}

// Dropping the run's databases ends idle pooled connections with 57P01; that is the end of the run, not an error.
process.on('uncaughtException', (error: Error & { code?: string }) => {
  if (error.code === '57P01') return;
  console.error(error);
  process.exit(1);
});

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
