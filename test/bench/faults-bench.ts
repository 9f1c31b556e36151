/**
 * `npm run bench:faults`: prints how long recovery takes; passes or fails nothing.
 *
 * 1. The database stopped for 2 s while two authors type: from its restart until both are live again.
 * 2. The database stopped for BENCH_LONG_OUTAGE_MS (default 30 s) while three authors type: the same,
 *    and whether anyone was told they were refused.
 * 3. The database frozen (SIGSTOP): how fast /readyz, GraphQL over HTTP and graphql-ws answer.
 * 4. The server killed (SIGKILL) while 20 providers with the browser's backoff type: from readiness
 *    until all 20 are live again.
 *
 * Clients use the browser's reconnect settings (COLLAB_RECONNECT); everything runs against a real server
 * and a PostgreSQL of the benchmark's own.
 */
import { buildProject } from '../support/factories';
import { startControlledPostgres } from '../support/fault-postgres';
import {
  timedQuery,
  timedReadyz,
  timedSubscription,
  typeThroughOutage,
  type TimedAnswer,
  type TypingRun,
} from '../support/outages';
import { startTestServer } from '../support/server';
import { eventually } from '../support/wait';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LONG_OUTAGE_MS = Number(process.env.BENCH_LONG_OUTAGE_MS ?? 30_000);
const BOUND_MS = 120_000;

const describeRun = (run: TypingRun) =>
  `recovered in ${run.recoveryMs} ms; ${run.typed} lines typed, ${run.lost.length} lost, ` +
  `${run.refusals.length} refusals${run.refusals.length ? ` (${run.refusals.join(', ')})` : ''}`;
const describeAnswer = (what: string, a: TimedAnswer) =>
  `  ${what.padEnd(22)} ${String(a.ms).padStart(5)} ms  ${a.status ? `HTTP ${a.status} ` : ''}${a.code ?? ''}`;

async function main() {
  const pg = await startControlledPostgres();
  const server = await startTestServer({ adminUrl: pg.adminUrl });
  const stopDatabase = { begin: () => pg.stop(), end: () => pg.start() };
  try {
    console.log(`1. Database stopped for 2 s, two authors typing (${RUNS} runs):`);
    for (let i = 0; i < RUNS; i++) {
      const run = await typeThroughOutage(server, {
        clients: 2,
        outage: stopDatabase,
        outageMs: 2000,
        boundMs: BOUND_MS,
      });
      console.log(`   ${describeRun(run)}`);
    }

    console.log(`2. Database stopped for ${LONG_OUTAGE_MS / 1000} s, three authors typing:`);
    const long = await typeThroughOutage(server, {
      clients: 3,
      outage: stopDatabase,
      outageMs: LONG_OUTAGE_MS,
      boundMs: BOUND_MS,
    });
    console.log(`   ${describeRun(long)}`);

    console.log('3. Database frozen (SIGSTOP):');
    const project = await buildProject(server, { chapters: 1 });
    const cookie = project.author.client.cookie;
    pg.freeze();
    try {
      console.log(describeAnswer('/readyz', await timedReadyz(server)));
      console.log(describeAnswer('GraphQL query (HTTP)', await timedQuery(server, cookie)));
      console.log(describeAnswer('subscription (ws)', await timedSubscription(server, cookie)));
    } finally {
      pg.thaw();
    }
    const thawed = Date.now();
    await eventually(
      async () => (await timedReadyz(server)).status === 200,
      'the server to be ready again',
      120_000,
      20,
    );
    console.log(`   ready again ${Date.now() - thawed} ms after SIGCONT`);

    console.log(`4. Server killed (SIGKILL), 20 providers typing (${RUNS} runs):`);
    for (let i = 0; i < RUNS; i++) {
      const run = await typeThroughOutage(server, {
        clients: 20,
        outage: { begin: () => server.kill(), end: () => server.restart() },
        outageMs: 3000,
        boundMs: BOUND_MS,
      });
      console.log(`   ${describeRun(run)}`);
    }
  } finally {
    await server.stop();
    await pg.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
