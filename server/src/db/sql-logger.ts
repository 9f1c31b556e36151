import type { Logger } from 'typeorm';
import { log } from '../core/logger';

/** Logs a failed statement without its parameters (they hold what users typed, emails, token hashes). */
export class SqlErrorLogger implements Logger {
  logQueryError(error: string | Error, query: string): void {
    const code = typeof error === 'object' ? (error as Error & { code?: string }).code : undefined;
    log.error('sql.failed', { query: query.slice(0, 2000), code: code ?? null });
  }
  logQuery(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    log.info('db.migration', { message });
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') log.warn('db.warning', { message: String(message) });
  }
}
