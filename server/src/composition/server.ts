import 'reflect-metadata';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import type { Config } from '../core/config';
import { openDatabase } from '../db/database';
import { SESSION_COOKIE } from '../auth/session.service';
import { createCollabServer } from '../modules/collab/collab-server';
import { createRealtimeBus } from '../core/pubsub';
import { SessionSockets } from '../auth/session-sockets';
import { clientInfo } from '../core/client-info';
import type { Context, CookieJar } from '../core/context';
import { createApolloServer, serviceUnavailableStatus } from './graphql-http';
import { attachGraphqlWs } from './graphql-ws';
import { LIMITS } from './graphql-limits';
import { log } from '../core/logger';
import { createSchema } from './schema';
import { buildContext } from './request-context';
import { createServices } from './services';
import { routeUpgrades } from './upgrade-router';
import { securityHeaders } from './security-headers';
import { hearingResponseRouter } from './hearing-response-http';

/** /readyz answers 503 when the database has not answered `SELECT 1` by then. */
const READY_WITHIN_MS = 800;

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config);
  const printDemoLogins = config.seedDemo
    ? await (
        await import('../db/seed/first-start.js')
      ).seedDemoOnFirstStart(database.dataSource, config.publicUrl)
    : null;
  const bus = createRealtimeBus(config.redisUrl);
  const services = createServices(database.dataSource, config, bus.pubSub);
  const schema = await createSchema(bus.pubSub, services.container);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);

  const graphqlWss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxDocumentBytes * 2 });
  const graphqlWs = attachGraphqlWs(graphqlWss, schema, services, config);
  const collab = createCollabServer(services, config.redisUrl);
  const sessionSockets = new SessionSockets(services.sessions, bus.pubSub);
  routeUpgrades(
    httpServer,
    { '/graphql': graphqlWss, '/collab': collab.wss },
    config.allowedOrigins,
    (ws, request) =>
      void sessionSockets
        .track(ws, request)
        .catch((error: Error) => log.warn('ws.session-untracked', { error: error.message })),
  );

  const apollo = await createApolloServer(schema, config, httpServer, [
    { serverWillStart: async () => ({ drainServer: async () => void (await graphqlWs.dispose()) }) },
    serviceUnavailableStatus((error) => services.databaseHealth.failed(error, 'graphql')),
  ]);

  app.use(securityHeaders(config));
  // gzip or brotli as the browser accepts; small bodies and WebSocket upgrades are left alone.
  app.use(compression());
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  // Within a second in every case: a hung database is as unready as a stopped one.
  app.get('/readyz', async (_req, res) => {
    if (await services.databaseHealth.check(READY_WITHIN_MS)) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'database unreachable' });
  });
  app.use(
    '/files/hearing-responses',
    hearingResponseRouter(services.registeredResponses, services.sessions, config.allowedOrigins),
  );
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.maxRequestBytes }),
    // Variables may be large (a CSV import); the query document itself keeps its own limit.
    (req: express.Request, res: express.Response, next: express.NextFunction) => {
      const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
      if (typeof query === 'string' && query.length > LIMITS.maxDocumentBytes)
        return void res.status(413).json({ errors: [{ message: 'The query is too large' }] });
      next();
    },
    expressMiddleware(apollo, {
      context: ({ req, res }): Promise<Context> => {
        const cookies: CookieJar = {
          setSession: (token, expiresAt) =>
            res.cookie(SESSION_COOKIE, token, {
              httpOnly: true,
              sameSite: 'lax',
              secure: config.cookieSecure,
              expires: expiresAt,
              path: '/',
            }),
          clearSession: () => res.clearCookie(SESSION_COOKIE, { path: '/' }),
        };
        return buildContext(services, req.headers.cookie, clientInfo(req, config.trustProxy), cookies);
      },
    }),
    badRequestAsJson,
  );
  serveClient(app, config.clientDir, config.nodeEnv === 'production');

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info('server.listening', { port, database: database.embedded ? 'embedded' : 'external' });
  printDemoLogins?.();
  // Edits stored just before a crash may not have been checked against the approvals yet.
  void services.approvalWatcher.reconcileAll();
  // Chapter text stored while no indexer ran (a crash, the search migration, demo data) is indexed now.
  void services.searchIndexer.reconcileAll();
  services.editionDeadlines.start();
  void services.reviewRoundTimer.start();

  let closing: Promise<void> | undefined;
  return {
    port,
    close: () =>
      (closing ??= (async () => {
        // Collab first: every acknowledged edit is already stored; this folds the logs while the database is up.
        await collab.close();
        await services.approvalWatcher.flush(); // pending approval re-checks, while the database is up
        await services.searchIndexer.flush(); // pending chapter indexing, including after the folds above
        services.editActivity.stop();
        services.suggestionThreads.stop();
        await services.editionDeadlines.stop();
        services.reviewRoundTimer.stop();
        await apollo.stop(); // stops accepting, drains HTTP and graphql-ws
        for (const client of graphqlWss.clients) client.terminate();
        sessionSockets.stop();
        await bus.close();
        services.databaseHealth.stop();
        await database.close();
      })()),
  };
}

/** A body that is not JSON (or too large) gets a JSON answer, never express' HTML page with a stack trace. */
const badRequestAsJson: express.ErrorRequestHandler = (
  error: { status?: number; type?: string },
  _req,
  res,
  _next,
) => {
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
  const message = status === 413 ? 'The request is too large' : 'The request body is not valid JSON';
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
};

function serveClient(app: express.Express, clientDir: string, production: boolean) {
  const index = path.join(clientDir, 'index.html');
  if (!fs.existsSync(index)) {
    log.warn('client.missing', { clientDir, hint: 'run npm run build' });
    return;
  }
  // The client's source maps stay on the server in production.
  if (production)
    app.use((req, res, next) => (req.path.endsWith('.map') ? void res.status(404).end() : next()));
  // Vite names every file under /assets after its content, so a changed file gets a new URL.
  app.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), { index: false, immutable: true, maxAge: '365d' }),
    (_req, res) => void res.status(404).end(), // an old chunk must not get index.html
  );
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  // SPA fallback: every other GET renders the client, which routes by itself; always revalidated, so a
  // deploy reaches the next page load.
  app.get('/{*path}', (_req, res) => res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } }));
}
