import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis } from 'ioredis';
import { chapterDocumentName } from '@samskriv/schema';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import type { SessionService } from '../../auth/session.service';
import type { AppPubSub } from '../../core/pubsub';
import type { MembershipService } from '../projects/membership.service';
import type { ChapterChangeEvents } from './chapter-change-events';
import type { ChapterContentService } from './chapter-content.service';
import type { ChapterStoreService } from './chapter-store.service';
import type { PresenceService } from './presence.service';
import { log } from '../../core/logger';
import type { CollabAccess } from './collab-access';
import { CollabAuthExtension } from './collab-auth.extension';
import { CollabConnections } from './collab-connections';
import { CollabMembershipExtension } from './collab-membership.extension';
import { CollabPersistenceExtension } from './collab-persistence.extension';
import { CollabPresenceExtension } from './collab-presence.extension';
import { CollabRetryExtension } from './collab-retry.extension';
import type { DatabaseHealth } from '../../core/database-health';
import { CollabSuggestionExtension } from './collab-suggestion.extension';

/** Largest collab WebSocket message accepted (a pasted chapter with tables fits easily). */
export const COLLAB_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

export interface CollabServer {
  /** Route `/collab` upgrades here. */
  wss: WebSocketServer;
  hocuspocus: Hocuspocus;
  /** Graceful shutdown: refuse new sockets, close the open ones, store and compact everything. */
  close(): Promise<void>;
}

/** What the collab server uses, handed over by the composition root. */
export interface CollabServices {
  db: DataSource;
  pubSub: AppPubSub;
  sessions: SessionService;
  memberships: MembershipService;
  collabAccess: CollabAccess;
  presence: PresenceService;
  chapterStore: ChapterStoreService;
  chapterEvents: ChapterChangeEvents;
  chapterContent: ChapterContentService;
  databaseHealth: DatabaseHealth;
}

/**
 * Hocuspocus at /collab, one extension per concern: authentication (session
 * cookie + project policy, read-only for observers, suggest-only for
 * reviewers in an open round), the suggestion guard,
 * persistence (save before acknowledge), membership changes, presence and,
 * with REDIS_URL, Redis so several instances share documents.
 */
export function createCollabServer(services: CollabServices, redisUrl: string | undefined): CollabServer {
  const connections = new CollabConnections();
  services.presence.attach(connections);
  const retry = new CollabRetryExtension(services.databaseHealth);
  const persistence = new CollabPersistenceExtension(
    services.chapterStore,
    services.chapterEvents,
    // Across instances (Redis) an update is stored before anyone can see it; on one instance the FIFO
    // write queue keeps that guarantee for acknowledgements while others see edits without waiting.
    !redisUrl,
    // A failed write leaves memory ahead of the database: drop the document so clients resync from storage.
    (chapterId, error) => {
      const document = hocuspocus.documents.get(chapterDocumentName(chapterId));
      if (document) retry.retryDocument(document, error, 'store');
    },
    (socketId, documentName, error) => retry.retrySocket(socketId, documentName, error, 'load'),
  );
  const membership = new CollabMembershipExtension(
    connections,
    services.pubSub,
    services.memberships,
    services.collabAccess,
  );
  const extensions: Extension[] = [
    retry,
    new CollabAuthExtension(
      services.db,
      services.sessions,
      services.memberships,
      services.collabAccess,
      retry,
    ),
    new CollabSuggestionExtension(services.collabAccess),
    persistence,
    membership,
    new CollabPresenceExtension(services.presence),
  ];
  if (redisUrl) extensions.push(new RedisExtension({ createClient: () => new Redis(redisUrl) }));

  const hocuspocus = new Hocuspocus({
    name: 'samskriv-collab',
    quiet: true,
    extensions,
    // Persistence is save-before-ack (no onStoreDocument), so the debounced store hooks have nothing to write.
    unloadImmediately: true,
  });
  services.chapterContent.attach(hocuspocus);

  const wss = new WebSocketServer({ noServer: true, maxPayload: COLLAB_MAX_MESSAGE_BYTES });
  let closing = false;
  wss.on('connection', (ws, request) => {
    if (closing) return ws.close(1012, 'server-restarting');
    retry.accepted(ws, request);
    hocuspocus.handleConnection(ws, request);
  });

  let closed: Promise<void> | undefined;
  return {
    wss,
    hocuspocus,
    close: () =>
      (closed ??= (async () => {
        closing = true;
        hocuspocus.closeConnections();
        for (const ws of wss.clients) ws.close(1012, 'server-restarting');
        await persistence.flush();
        membership.stop();
        await services.presence.stop();
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
        for (const ws of wss.clients) ws.terminate();
        log.info('collab.closed');
      })()),
  };
}
