import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiClient } from '../support/api';
import { freePort } from '../support/ports';
import { eventually } from '../support/wait';
import { ROOT, SERVER_MAIN } from '../support/paths';

/** Runs the server as `npm start` does, with the given environment, until it is ready or exits. */
function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    output: () => output,
    exited,
    async ready(url: string) {
      const state = await eventually(
        async () => {
          if (child.exitCode !== null) return 'exited';
          const up = await fetch(`${url}/readyz`).then(
            (r) => r.ok,
            () => false,
          );
          return up ? 'ready' : null;
        },
        'the server to answer /readyz',
        60_000,
      );
      if (state === 'exited') throw new Error(`exited ${child.exitCode}: ${output}`);
    },
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

it('stops at start with a message naming an invalid variable', async () => {
  for (const [name, value] of [
    ['PORT', 'four-thousand'],
    ['DATABASE_URL', 'mysql://somewhere/db'],
    ['SEED_DEMO', 'perhaps'],
  ]) {
    const server = run({ [name]: value });
    const code = await server.exited;
    expect({ code, output: server.output() }).toEqual({
      code: 2,
      output: expect.stringContaining(`Invalid configuration: ${name}`),
    });
  }
});

it('runs on its own embedded PostgreSQL with the demo data, stops cleanly and keeps the data across a restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-embedded-'));
  // As root the embedded PostgreSQL runs as its own user, which must be able to enter the folder.
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  const url = `http://127.0.0.1:${port}`;
  const first = run(env);
  await first.ready(url);
  expect(first.output()).toContain('mette.kjaer@socialstyrelsen.dk');
  const coordinator = await new ApiClient(url).login('mette.kjaer@socialstyrelsen.dk', 'samskriv-demo');
  const created = await coordinator.ok(
    'mutation { createProject(input: { title: "Overlever genstart" }) { id } }',
  );
  expect(await first.stop()).toBe(0);
  expect(fs.existsSync(path.join(dataDir, 'postgres/postmaster.pid'))).toBe(false);

  const second = run(env);
  await second.ready(url);
  expect(second.output()).not.toContain('demo data loaded');
  const again = await new ApiClient(url).login('mette.kjaer@socialstyrelsen.dk', 'samskriv-demo');
  const titles = (await again.ok('{ myProjects { id title } }')).myProjects as {
    id: string;
    title: string;
  }[];
  expect(titles).toContainEqual({ id: created.createProject.id, title: 'Overlever genstart' });
  expect(titles.map((p) => p.title)).toContain('Generel model for beskrivelse af specialiseringsniveauer');
  expect(await second.stop()).toBe(0);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
