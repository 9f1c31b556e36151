import path from 'node:path';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { TimedClient } from './timed-client';
import { SqlErrorLogger } from './sql-logger';

/** Compiled migrations live beside the compiled server: dist/migrations/*.js. */
export const MIGRATIONS_GLOB = path.join(__dirname, '../../../migrations/*.js');

export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
}

/**
 * With `timeouts`, a database that is down or hung gets an answer within seconds: waiting for a connection
 * is bounded, PostgreSQL cancels long statements, and a statement that gets no answer at all (a frozen
 * server) is given up on a second later with its connection dropped. Without them (migrations, tools),
 * statements may take as long as they need.
 */
export function createDataSource(url: string, timeouts?: DatabaseTimeouts): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    logger: new SqlErrorLogger(),
    extra: {
      max: 20,
      // A new PostgreSQL backend starts cold (its catalog caches, and the page tables for the shared buffers a
      // search reads): a search on a fresh connection took 150 ms longer than on a used one. So idle
      // connections are kept for minutes, not the driver's 10 s.
      idleTimeoutMillis: 5 * 60_000,
      application_name: 'samskriv',
      ...(timeouts && {
        Client: TimedClient,
        connectionTimeoutMillis: timeouts.connectMs,
        statement_timeout: timeouts.statementMs,
        query_timeout: timeouts.statementMs + 1000,
        keepAlive: true,
      }),
    },
  });
}
