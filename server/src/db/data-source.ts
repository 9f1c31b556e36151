import path from 'node:path';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { SqlErrorLogger } from './sql-logger';

/** Compiled migrations live beside the compiled server: dist/migrations/*.js. */
export const MIGRATIONS_GLOB = path.join(__dirname, '../../../migrations/*.js');

export function createDataSource(url: string): DataSource {
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
    extra: { max: 20, application_name: 'samskriv' },
  });
}
