/**
 * `npm run bench:realtime`: prints figures, passes or fails nothing.
 *
 * 1. reviewEvents fan-out: K graphql-ws subscribers (K = 100 and 500, BENCH_K) on one document, members
 *    of several roles; comments created over HTTP at 5/s for 10 s, then as fast as BENCH_CONCURRENCY
 *    writers can for 10 s. Latency is from the mutation's start to each delivery; deliveries/s over the
 *    phase (first mutation to last delivery); server CPU from /proc. The same subscribers against a plain
 *    graphql-ws relay of the same payload (no auth, no database) give the ceiling.
 * 2. Presence: 200 members open chapters of one project within 10 s while 20 others watch
 *    presenceChanged; a probe queries every 50 ms and reports its slowest answers.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { addMembership, buildProject, buildUser, type TestProject } from '../support/factories';
import { freePort } from '../support/ports';
import { startTestServer, type TestServer } from '../support/server';
import { eventually } from '../support/wait';
import { startPostgres } from './bench-postgres';
import { pace, paceUntil } from './pace';

const K_VALUES = (process.env.BENCH_K ?? '100,500').split(',').map(Number);
const PACED_RATE = 5;
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const DRAIN_MS = Number(process.env.BENCH_DRAIN_MS ?? 30_000);
const PRESENCE_MEMBERS = Number(process.env.BENCH_PRESENCE_MEMBERS ?? 200);

const EVENTS = `subscription($documentId: UUID!) { reviewEvents(documentId: $documentId) {
  type documentId chapterId comment { id body createdAt } } }`;
const CREATE = `mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }`;

function percentiles(samples: number[]) {
  if (samples.length === 0) return 'no samples';
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const f = (n: number) => `${n.toFixed(1)} ms`;
  return `p50 ${f(at(50))}  p95 ${f(at(95))}  p99 ${f(at(99))}  max ${f(sorted[sorted.length - 1])}`;
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

/** A lean graphql-ws subscriber: the raw protocol, scanning each event for the body's sequence number. */
function subscriber(
  wsUrl: string,
  cookie: string | undefined,
  query: string,
  variables: Record<string, unknown>,
  onSeq: (seq: number) => void,
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, 'graphql-transport-ws', { headers: cookie ? { cookie } : {} });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.includes('"connection_ack"')) {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        return resolve(ws);
      }
      const match = /"body":"b(\d+)"/.exec(text);
      if (match) onSeq(Number(match[1]));
      else if (text.includes('"error"')) console.error(`  subscriber error: ${text.slice(0, 200)}`);
    });
  });
}

interface Target {
  label: string;
  httpUrl: string;
  pid: number | undefined;
  /** Cookies of the subscribers, round-robin; the last `silent` of them may not see the comments. */
  cookies: (string | undefined)[];
  receives: (cookie: string | undefined) => boolean;
  query: string;
  variables: Record<string, unknown>;
  create(seq: number): Promise<unknown>;
}

interface PhaseResult {
  latencies: number[];
  deliveries: number;
  expected: number;
  seconds: number;
  cpu: number;
  sent: number;
}

async function runFanOut(target: Target, k: number): Promise<{ paced: PhaseResult; fast: PhaseResult }> {
  const sentAt = new Map<number, number>();
  let latencies: number[] = [];
  let deliveries = 0;
  let lastDelivery = 0;
  const onSeq = (seq: number) => {
    const now = performance.now();
    const started = sentAt.get(seq);
    if (started === undefined) return;
    latencies.push(now - started);
    deliveries++;
    lastDelivery = now;
  };
  const wsUrl = `${target.httpUrl.replace(/^http/, 'ws')}/graphql`;
  const sockets: WebSocket[] = [];
  let receivers = 0;
  for (let i = 0; i < k; i++) {
    const cookie = target.cookies[i % target.cookies.length];
    if (target.receives(cookie)) receivers++;
    sockets.push(await subscriber(wsUrl, cookie, target.query, target.variables, onSeq));
  }
  // Warm-up: every subscription is registered once a comment reached all receivers.
  let seq = 0;
  const warmUntil = Date.now() + 30_000;
  while (Date.now() < warmUntil) {
    deliveries = 0;
    sentAt.set(seq, performance.now());
    await target.create(seq++);
    const all = await eventually(() => deliveries >= receivers, 'every receiver to have it', 3000, 20).catch(
      () => false,
    );
    if (all) break;
  }

  const phase = async (send: (stop: number) => Promise<number>): Promise<PhaseResult> => {
    latencies = [];
    deliveries = 0;
    const cpuBefore = cpuSeconds(target.pid);
    const started = performance.now();
    const sent = await send(started + PHASE_MS);
    const expected = sent * receivers;
    // What is not delivered within DRAIN_MS counts as lost.
    await eventually(() => deliveries >= expected, 'every delivery', DRAIN_MS, 20).catch(() => undefined);
    const ended = deliveries < expected ? performance.now() : lastDelivery;
    return {
      latencies,
      deliveries,
      expected,
      seconds: (ended - started) / 1000,
      cpu: cpuSeconds(target.pid) - cpuBefore,
      sent,
    };
  };

  const paced = await phase(async (stop) => {
    const pending: Promise<unknown>[] = [];
    let sent = 0;
    for (let due = performance.now(); due < stop; due += 1000 / PACED_RATE) {
      await paceUntil(due);
      const n = seq++;
      sentAt.set(n, performance.now());
      pending.push(target.create(n));
      sent++;
    }
    await Promise.all(pending);
    return sent;
  });
  const fast = await phase(async (stop) => {
    let sent = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < stop) {
          const n = seq++;
          sentAt.set(n, performance.now());
          await target.create(n);
          sent++;
        }
      }),
    );
    return sent;
  });
  for (const ws of sockets) ws.terminate();
  await pace(500); // the server closes the sockets before the next measurement
  return { paced, fast };
}

function report(label: string, r: PhaseResult) {
  const rate = r.deliveries / r.seconds;
  const lost = r.deliveries < r.expected ? `  (${r.expected - r.deliveries} not delivered in time)` : '';
  console.log(
    `    ${label.padEnd(26)} ${r.sent} comments, ${r.deliveries} deliveries in ${r.seconds.toFixed(1)} s = ${Math.round(rate).toLocaleString('en')}/s${lost}`,
  );
  // On a shared machine the process may get only part of a core: deliveries per CPU-second compare fairly.
  console.log(
    `    ${''.padEnd(26)} ${percentiles(r.latencies)}  server CPU ${((r.cpu / r.seconds) * 100).toFixed(0)}% (${Math.round(r.deliveries / Math.max(r.cpu, 0.01)).toLocaleString('en')} deliveries per CPU-second)`,
  );
  return rate;
}

async function startPlainRelay(): Promise<{ url: string; pid: number | undefined; stop(): void }> {
  const port = await freePort();
  const child: ChildProcess = fork(path.join(__dirname, 'plain-relay.ts'), [], {
    env: { ...process.env, PORT: String(port) },
    execArgv: ['-r', path.join(__dirname, 'register.js')],
  });
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

/** Members of several roles: the commenting author, others who see every comment, and one reviewer who sees none. */
async function fanOutProject(server: TestServer) {
  const project = await buildProject(server);
  const extra = [];
  for (const role of ['AUTHOR', 'OBSERVER', 'AUTHOR', 'COORDINATOR'] as const) {
    const user = await buildUser(server);
    await addMembership(server, project.id, user.id, role);
    extra.push(user);
  }
  const seeing = [project.author, project.coordinator, project.observer, ...extra].map(
    (u) => u.client.cookie,
  );
  return {
    project,
    cookies: [...seeing, project.reviewer.client.cookie],
    blind: project.reviewer.client.cookie,
  };
}

async function samskrivTarget(server: TestServer, label: string): Promise<Target> {
  const { project, cookies, blind } = await fanOutProject(server);
  return {
    label,
    httpUrl: server.url,
    pid: server.pid(),
    cookies,
    receives: (cookie) => cookie !== blind,
    query: EVENTS,
    variables: { documentId: project.documentId },
    create: (seq) =>
      project.author.client.ok(CREATE, { input: { chapterId: project.chapterIds[0], body: `b${seq}` } }),
  };
}

function relayTarget(relay: { url: string; pid: number | undefined }): Target {
  const variables = { documentId: 'd1' };
  return {
    label: 'plain graphql-ws relay',
    httpUrl: relay.url,
    pid: relay.pid,
    cookies: [undefined],
    receives: () => true,
    query: EVENTS.replace('UUID', 'ID'),
    variables,
    create: (seq) =>
      fetch(`${relay.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }',
          variables: { input: { documentId: 'd1', chapterId: 'c1', body: `b${seq}` } },
        }),
      }).then((r) => r.json()),
  };
}

/** Sessions written straight into the database: 200 argon2 logins would measure the password hash. */
async function sessionCookies(server: TestServer, userIds: string[]): Promise<string[]> {
  const tokens = userIds.map(() => randomBytes(32).toString('base64url'));
  await server.db.query(
    `INSERT INTO session ("tokenHash", "userId", "expiresAt")
     SELECT h, u, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), userIds],
  );
  return tokens.map((t) => `samskriv_session=${t}`);
}

/** A lean Hocuspocus client: authenticates and sends sync step 1, so the server counts it as present. */
function collabViewer(url: string, documentName: string, cookie: string): Promise<WebSocket> {
  const varUint = (n: number) => {
    const out: number[] = [];
    while (n > 0x7f) {
      out.push(0x80 | (n & 0x7f));
      n = Math.floor(n / 128);
    }
    out.push(n);
    return out;
  };
  const varString = (s: string) => [...varUint(Buffer.byteLength(s)), ...Buffer.from(s)];
  const prefix = varString(documentName);
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { cookie } });
    ws.on('open', () => {
      ws.send(Buffer.from([...prefix, 2, 0, ...varString('ignored')]));
      ws.send(Buffer.from([...prefix, 0, 0, 1, 0]));
    });
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      if (data[prefix.length] === 2) (data[prefix.length + 1] === 2 ? resolve : reject)(ws);
    });
  });
}

async function presenceBench(server: TestServer) {
  const project: TestProject = await buildProject(server, { chapters: 10 });
  const { rows } = await server.db.query<{ id: string }>(
    `WITH o AS (INSERT INTO organization (name) VALUES ('Bench ' || gen_random_uuid()) RETURNING id)
     INSERT INTO app_user (name, email, "organizationId", "passwordHash")
     SELECT 'Bruger ' || g, 'bench-' || gen_random_uuid() || '@example.dk', o.id, 'x'
     FROM o, generate_series(1, $1) g RETURNING id`,
    [PRESENCE_MEMBERS + 20],
  );
  const userIds = rows.map((r) => r.id);
  await server.db.query(
    `INSERT INTO membership ("projectId", "userId", role, "isApprover")
     SELECT $1, u, 'AUTHOR', false FROM unnest($2::uuid[]) AS u`,
    [project.id, userIds],
  );
  const cookies = await sessionCookies(server, userIds);
  const wsUrl = `${server.url.replace(/^http/, 'ws')}/graphql`;
  const watchers = await Promise.all(
    cookies.slice(PRESENCE_MEMBERS).map(
      (cookie) =>
        new Promise<WebSocket>((resolve, reject) => {
          const ws = new WebSocket(wsUrl, 'graphql-transport-ws', { headers: { cookie } });
          ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
          ws.on('error', reject);
          ws.once('message', () => {
            ws.send(
              JSON.stringify({
                id: '1',
                type: 'subscribe',
                payload: {
                  query: `subscription($p: UUID!) { presenceChanged(projectId: $p) { entries { chapterId user { name } editing } } }`,
                  variables: { p: project.id },
                },
              }),
            );
            resolve(ws);
          });
        }),
    ),
  );
  let presenceEvents = 0;
  for (const ws of watchers) ws.on('message', () => presenceEvents++);

  const probe: number[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const started = performance.now();
      await project.coordinator.client.ok('query($id: UUID!) { project(id: $id) { id title } }', {
        id: project.id,
      });
      probe.push(performance.now() - started);
      await pace(50);
    }
  })();
  await pace(2000); // a baseline of probes before anyone joins
  const baseline = probe.length;
  console.log(
    `\nPresence: a probe query every 50 ms before anyone joins (n=${baseline}): ${percentiles(probe.slice(0, baseline))}`,
  );
  const collabUrl = `${server.url.replace(/^http/, 'ws')}/collab`;
  const viewers: Promise<WebSocket>[] = [];
  const started = performance.now();
  const cpuBefore = cpuSeconds(server.pid());
  for (let i = 0; i < PRESENCE_MEMBERS; i++) {
    await paceUntil(started + (i * 10_000) / PRESENCE_MEMBERS);
    viewers.push(collabViewer(collabUrl, `chapter:${project.chapterIds[i % 10]}`, cookies[i]));
  }
  const sockets = await Promise.all(viewers);
  await pace(1000); // probes while everyone is present, after the last join
  probing = false;
  await prober;
  const seconds = (performance.now() - started) / 1000;
  const during = probe.slice(baseline);
  console.log(
    `Presence: ${PRESENCE_MEMBERS} members open chapters of one project within 10 s, ${watchers.length} watch presenceChanged:`,
  );
  console.log(
    `    a probe query every 50 ms meanwhile (n=${during.length}): ${percentiles(during)}  over 100 ms: ${during.filter((ms) => ms > 100).length}`,
  );
  console.log(
    `    presenceChanged deliveries: ${presenceEvents}, server CPU ${(((cpuSeconds(server.pid()) - cpuBefore) / seconds) * 100).toFixed(0)}%`,
  );
  for (const ws of [...sockets, ...watchers]) ws.terminate();
}

async function main() {
  const stopPostgres = await startPostgres();
  // BENCH_SERVER_NODE_ARGS: e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean);
  const server = await startTestServer({ nodeArgs });
  try {
    console.log(
      `\nSamskriv realtime benchmark (${os.cpus().length} CPUs, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)})`,
    );
    for (const k of K_VALUES) {
      console.log(
        `\nreviewEvents to K=${k} graphql-ws subscribers; ${PACED_RATE} comments/s for ${PHASE_MS / 1000} s, then ${CONCURRENCY} writers as fast as they can for ${PHASE_MS / 1000} s:`,
      );
      const relay = await startPlainRelay();
      const plain = await runFanOut(relayTarget(relay), k);
      relay.stop();
      const samskriv = await runFanOut(await samskrivTarget(server, 'Samskriv'), k);
      console.log('  plain graphql-ws relay (no auth, no database):');
      report(`${PACED_RATE} comments/s`, plain.paced);
      const ceiling = report('as fast as possible', plain.fast);
      console.log('  Samskriv (rights checked per delivery):');
      report(`${PACED_RATE} comments/s`, samskriv.paced);
      const rate = report('as fast as possible', samskriv.fast);
      console.log(`  Samskriv delivers ${((rate / ceiling) * 100).toFixed(0)}% of the plain relay's rate`);
    }
    if (PRESENCE_MEMBERS > 0) await presenceBench(server);
    console.log('');
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
