import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Pool } from 'pg';
import { freePort } from './ports';
import { ROOT, SERVER_MAIN, STATE_FILE } from './paths';

export interface TestServer {
  url: string;
  port: number;
  databaseUrl: string;
  /** The server process's id (for reading its CPU time in a benchmark). */
  pid(): number | undefined;
  /** A pool on this server's own database, for factories and for checking what was (not) written. */
  db: Pool;
  /** Everything the server process printed (for debugging a failing test). */
  output(): string;
  stop(): Promise<void>;
  /** SIGKILL: no shutdown hooks run. */
  kill(): Promise<void>;
  /** Starts the process again on the same port and database. */
  restart(): Promise<void>;
}

function adminUrl(): string {
  return (
    process.env.SAMSKRIV_TEST_PG ??
    (JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as { adminUrl: string }).adminUrl
  );
}

/** Starts the real server (the compiled code `npm start` runs) on a free port with a fresh database. */
export async function startTestServer(
  options: {
    seedDemo?: boolean;
    env?: Record<string, string>;
    /** Another instance on this server's database (like a second instance behind a load balancer). */
    sameDatabaseAs?: TestServer;
    /**
     * A PostgreSQL of the test's own (startControlledPostgres) instead of the run's shared one; the
     * server migrates the new database itself, and the test may stop or freeze it.
     */
    adminUrl?: string;
    /** Flags for the server's node (e.g. --cpu-prof: NODE_OPTIONS does not allow it). */
    nodeArgs?: string[];
  } = {},
): Promise<TestServer> {
  const shared = options.sameDatabaseAs;
  const admin = options.adminUrl ?? adminUrl();
  const databaseUrl = new URL(shared?.databaseUrl ?? admin);
  const database = shared ? databaseUrl.pathname.slice(1) : `t_${randomBytes(6).toString('hex')}`;
  if (!shared) {
    const pool = new Pool({ connectionString: admin, max: 1 });
    await pool.query(
      options.adminUrl
        ? `CREATE DATABASE ${database}`
        : `CREATE DATABASE ${database} TEMPLATE samskriv_template`,
    );
    await pool.end();
    databaseUrl.pathname = `/${database}`;
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    DATABASE_URL: databaseUrl.toString(),
    SEED_DEMO: options.seedDemo ? 'true' : 'false',
    // On a busy CI machine a healthy database can be slow to hand out a connection; only the fault tests
    // (with a database of their own) run with the product's short timeouts, which are what they check.
    ...(options.adminUrl ? {} : { DB_CONNECT_TIMEOUT_MS: '10000', DB_STATEMENT_TIMEOUT_MS: '10000' }),
    ...options.env,
  };
  let child: ChildProcess | undefined;
  let output = '';

  const launch = async () => {
    child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_MAIN], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const started = Date.now();
    // Generous: on a busy shared machine a cold start of the server alone has taken over 30 s.
    while (Date.now() - started < 90_000) {
      if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode}:\n${output}`);
      try {
        if ((await fetch(`${url}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Not left running behind a failed test file (it would load the machine for the files after it).
    child.kill('SIGKILL');
    throw new Error(`Server did not become ready:\n${output}`);
  };
  const exit = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });

  await launch();
  const db = new Pool({ connectionString: databaseUrl.toString(), max: 3 });
  // An idle connection terminated by PostgreSQL (stop() drops the database WITH (FORCE)) emits 'error' on the
  // pool; unhandled, that surfaced as a failure of whichever test ran next in the same worker.
  db.on('error', (error: Error & { code?: string }) => {
    // A test that stops its own database expects its idle connections to break.
    if (error.code !== '57P01' && !options.adminUrl) throw error;
  });
  return {
    url,
    port,
    databaseUrl: databaseUrl.toString(),
    pid: () => child?.pid,
    db,
    output: () => output,
    kill: () => exit('SIGKILL'),
    restart: async () => {
      await exit('SIGTERM');
      await launch();
    },
    async stop() {
      await exit('SIGTERM');
      await db.end();
      // The first instance owns the database.
      if (shared) return;
      const cleanup = new Pool({ connectionString: admin, max: 1 });
      await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
