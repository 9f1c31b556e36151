import {
  Connection,
  type afterUnloadDocumentPayload,
  type beforeHandleMessagePayload,
  type Extension,
  type onChangePayload,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { log } from '../../core/logger';
import { isDatabaseUnavailable } from '../../core/database-unavailable';
import type { ChapterChangeEvents } from './chapter-change-events';
import {
  applyStored,
  COMPACT_AFTER_UPDATES,
  type ChapterStoreService,
  type LoadedLog,
} from './chapter-store.service';
import { ChapterWriteQueues } from './chapter-write-queue';
import { chapterIdOf, type CollabContext } from './collab.types';
import { readDocumentUpdate, SYNC_STEP_2 } from './sync-message';

/**
 * Save-before-ack persistence. Hocuspocus awaits `beforeHandleMessage` before it
 * applies, broadcasts and acknowledges a message, so every document update from
 * a writable connection is committed to the chapter_update log first; a crash
 * can then lose only what was never acknowledged. The log is folded into the
 * snapshot in the background (past a threshold, on unload and on shutdown).
 */
export class CollabPersistenceExtension implements Extension {
  extensionName = 'samskriv-persistence';
  priority = 500;

  /** Updates appended per chapter since its last compaction (as far as this instance knows). */
  private readonly logged = new Map<string, number>();
  private readonly compacting = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly queues: ChapterWriteQueues;
  /** Server-side edits being stored, per chapter. */
  private readonly serverWrites = new Map<string, Set<Promise<void>>>();

  /**
   * @param earlyBroadcast apply and broadcast an update before it is stored (only its acknowledgement waits).
   *   Safe on one instance; with Redis, another instance could build on an update not yet stored here.
   * @param onWriteFailure memory is ahead of the database for this chapter: reset its connections.
   * @param onLoadUnavailable the database could not be read for this connection's document: let it retry.
   */
  constructor(
    private readonly store: ChapterStoreService,
    private readonly events?: ChapterChangeEvents,
    private readonly earlyBroadcast = false,
    onWriteFailure: (chapterId: string, error: unknown) => void = () => undefined,
    private readonly onLoadUnavailable: (
      socketId: string,
      documentName: string,
      error: unknown,
    ) => void = () => undefined,
  ) {
    this.queues = new ChapterWriteQueues(store, onWriteFailure);
  }

  async onLoadDocument({ documentName, document, socketId }: onLoadDocumentPayload): Promise<void> {
    const chapterId = chapterIdOf(documentName);
    if (!chapterId) throw new Error('Not a chapter document');
    // A failure here propagates: Hocuspocus refuses the connection instead of serving an empty document.
    const started = performance.now();
    let stored;
    try {
      stored = await this.store.loadUpdates(chapterId);
    } catch (error) {
      if (isDatabaseUnavailable(error)) this.onLoadUnavailable(socketId, documentName, error);
      throw error;
    }
    const { updates, pendingUpdates, log: loaded } = stored;
    const fetched = performance.now();
    applyStored(document, updates);
    this.logged.set(chapterId, pendingUpdates);
    if (pendingUpdates > COMPACT_AFTER_UPDATES) {
      log.info('collab.loaded-long-log', {
        chapterId,
        pendingUpdates,
        fetchMs: Math.round(fetched - started),
        applyMs: Math.round(performance.now() - fetched),
      });
      // The document holds exactly snapshot + these updates right now: fold that, without re-reading the log.
      this.compactLater(chapterId, Y.encodeStateAsUpdate(document), loaded);
    }
  }

  async beforeHandleMessage({ connection, context, document, update: message }: beforeHandleMessagePayload) {
    const ctx = context as CollabContext;
    const found = readDocumentUpdate(message);
    if (!found) return;
    if (ctx.revoked) throw Object.assign(new Error('membership-changed'), { reason: 'membership-changed' });
    // Hocuspocus applies nothing from a read-only connection (and tells the client so).
    if (connection.readOnly) return;
    const { syncType, update } = found;
    if (isEmptyUpdate(update)) return;
    // Validates the update before it is stored: a malformed one would otherwise break every later load.
    Y.decodeUpdate(update);
    // A reconnecting client's sync step 2 usually holds nothing new.
    if (syncType === SYNC_STEP_2 && Y.snapshotContainsUpdate(Y.snapshot(document), update)) return;

    // Early broadcast: the others see the edit now; the sender's acknowledgement still waits for the write
    // below, and the FIFO queue means nothing acknowledged can depend on an unstored update.
    if (this.earlyBroadcast) Y.applyUpdate(document, update, connection);
    const append = this.queues.append(ctx.chapterId, update, ctx.userId);
    this.inFlight.add(append);
    void append.catch(() => undefined).then(() => this.inFlight.delete(append));
    try {
      await append;
    } catch (error) {
      // Not stored, so not acknowledged: the connection is reset and the client resends on reconnect.
      log.error('collab.append-failed', { chapterId: ctx.chapterId, error: String(error) });
      throw Object.assign(new Error('storage-unavailable'), { reason: 'storage-unavailable' });
    }
    this.afterStored(ctx.chapterId, ctx.userId);
  }

  private afterStored(chapterId: string, userId: string | null): void {
    this.events?.emitChapterChanged(chapterId, userId);
    const count = (this.logged.get(chapterId) ?? 0) + 1;
    this.logged.set(chapterId, count);
    if (count > COMPACT_AFTER_UPDATES) this.compactLater(chapterId);
  }

  /**
   * Updates made on the server (a DirectConnection applying a suggestion, say) never pass through
   * beforeHandleMessage: store them here. Client updates (origin: their Connection) were stored
   * before they were applied; Redis updates are stored by the instance that received them.
   */
  async onChange({ documentName, update, transactionOrigin, context }: onChangePayload): Promise<void> {
    if (transactionOrigin instanceof Connection || transactionOrigin === REDIS_ORIGIN) return;
    const chapterId = chapterIdOf(documentName);
    if (!chapterId || isEmptyUpdate(update)) return;
    const userId = (context as Partial<CollabContext> | undefined)?.userId ?? null;
    const write = this.queues.append(chapterId, update, userId);
    const pending = this.serverWrites.get(chapterId) ?? new Set<Promise<void>>();
    pending.add(write);
    this.serverWrites.set(chapterId, pending);
    this.inFlight.add(write);
    void write
      .then(
        () => this.afterStored(chapterId, userId),
        (error: unknown) =>
          log.error('collab.server-edit-append-failed', { chapterId, error: String(error) }),
      )
      .finally(() => {
        pending.delete(write);
        this.inFlight.delete(write);
      });
  }

  /** DirectConnection.transact awaits this: it resolves once the server-side edits are stored. */
  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    const chapterId = chapterIdOf(documentName);
    const pending = chapterId ? this.serverWrites.get(chapterId) : undefined;
    if (pending?.size) await Promise.all([...pending]);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const chapterId = chapterIdOf(documentName);
    if (chapterId && (this.logged.get(chapterId) ?? 0) > 0) this.compactLater(chapterId);
  }

  /** Waits for every pending append, then folds every touched chapter (graceful shutdown). */
  async flush(): Promise<void> {
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    await Promise.all([...this.inFlight].map((p) => p.catch(() => undefined)));
    await this.queues.drain();
    await Promise.all([...this.compacting.values()]);
    const touched = [...this.logged].filter(([, n]) => n > 0).map(([id]) => id);
    await Promise.all(touched.map((id) => this.compact(id)));
  }

  private compactLater(chapterId: string, loadedState?: Uint8Array, loaded?: LoadedLog): void {
    if (this.compacting.has(chapterId)) return;
    const run = (async () => {
      if (loadedState && loaded) {
        const folded = await this.store.compactLoaded(chapterId, loadedState, loaded).catch(() => false);
        if (folded) {
          this.logged.set(chapterId, Math.max(0, (this.logged.get(chapterId) ?? 0) - loaded.seqs.length));
          this.events?.emitChapterCompacted(chapterId);
          return;
        }
      }
      await this.compact(chapterId);
    })().finally(() => this.compacting.delete(chapterId));
    this.compacting.set(chapterId, run);
  }

  private async compact(chapterId: string): Promise<void> {
    try {
      const before = this.logged.get(chapterId) ?? 0;
      const folded = await this.store.compact(chapterId);
      // Appends that landed during compaction stay counted.
      this.logged.set(chapterId, Math.max(0, (this.logged.get(chapterId) ?? 0) - Math.min(before, folded)));
      if (folded > 0) this.events?.emitChapterCompacted(chapterId);
    } catch (error) {
      // Nothing is lost: the log stays as it was and the next compaction retries.
      log.error('collab.compact-failed', { chapterId, error: String(error) });
      if (isDatabaseUnavailable(error)) this.compactAgainLater(chapterId);
    }
  }

  private readonly retries = new Map<string, NodeJS.Timeout>();

  /** After an outage nothing else may trigger the fold soon (the chapter may have been unloaded). */
  private compactAgainLater(chapterId: string): void {
    if (this.retries.has(chapterId)) return;
    const timer = setTimeout(() => {
      this.retries.delete(chapterId);
      if ((this.logged.get(chapterId) ?? 0) > 0) this.compactLater(chapterId);
    }, COMPACT_RETRY_MS);
    timer.unref();
    this.retries.set(chapterId, timer);
  }
}

/** How long a compaction that could not reach the database waits before it tries again. */
const COMPACT_RETRY_MS = 5000;

/** The transaction origin @hocuspocus/extension-redis gives updates from other instances. */
const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

/** An update with no structs and no deletions (what Yjs encodes as [0, 0]). */
const isEmptyUpdate = (update: Uint8Array) =>
  update.length === 0 || (update.length === 2 && update[0] === 0 && update[1] === 0);
