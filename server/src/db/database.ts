import type { DataSource } from 'typeorm';
import type { Config } from '../core/config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL or an embedded PostgreSQL, and runs pending migrations. */
export async function openDatabase(config: Config): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
  const url = config.databaseUrl ?? embedded!.url;
  // Migrations may run long statements: they get a connection of their own without the serving timeouts.
  const migrator = createDataSource(url);
  const dataSource = createDataSource(url, {
    connectMs: config.dbConnectTimeoutMs,
    statementMs: config.dbStatementTimeoutMs,
  });
  try {
    await migrator.initialize();
    await migrator.runMigrations();
    await migrator.destroy();
    await dataSource.initialize();
  } catch (error) {
    if (migrator.isInitialized) await migrator.destroy();
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: Boolean(embedded),
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
