import { ConfigError, loadConfig } from './config';
import { startServer } from './app/server';
import { log } from './app/logger';

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
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  log.error('server.start-failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
