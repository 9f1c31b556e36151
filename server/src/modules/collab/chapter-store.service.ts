import type { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';

export interface LastEdit {
  at: Date;
  userId: string | null;
}

/** What a load read from the log, so the loaded state can be folded without reading it again. */
export interface LoadedLog {
  seqs: string[];
  last: LastEdit | null;
}

/** Compacts a chapter once its log holds more than this many updates. */
export const COMPACT_AFTER_UPDATES = 500;

/**
 * PostgreSQL side of chapter persistence: an append-only log of Yjs updates
 * (written before the server acknowledges them) folded into one snapshot per
 * chapter. A snapshot is built from what was read from the database (never
 * from the live document), and exactly the folded log entries are deleted, so
 * compaction cannot drop an update that was stored but not yet applied.
 */
export class ChapterStoreService {
  constructor(private readonly db: DataSource) {}

  /** Durably appends updates (in order, one statement); resolves once PostgreSQL has committed them. */
  async appendMany(
    chapterId: string,
    items: readonly { update: Uint8Array; userId: string | null }[],
  ): Promise<void> {
    if (items.length === 1) {
      const [{ update, userId }] = items;
      await this.db.query('INSERT INTO chapter_update ("chapterId", update, "userId") VALUES ($1, $2, $3)', [
        chapterId,
        toBuffer(update),
        userId,
      ]);
      return;
    }
    await this.db.query(
      `INSERT INTO chapter_update ("chapterId", update, "userId")
       SELECT $1, u.update, u."userId" FROM unnest($2::bytea[], $3::uuid[]) WITH ORDINALITY AS u(update, "userId", n)
       ORDER BY u.n`,
      [chapterId, items.map((i) => toBuffer(i.update)), items.map((i) => i.userId)],
    );
  }

  /** Durably appends one update; resolves once PostgreSQL has committed it. */
  append(chapterId: string, update: Uint8Array, userId: string | null): Promise<void> {
    return this.appendMany(chapterId, [{ update, userId }]);
  }

  /**
   * The chapter's stored updates, snapshot first, and which log entries they
   * include. One statement, so a concurrent compaction is seen entirely or not at all.
   */
  async loadUpdates(
    chapterId: string,
  ): Promise<{ updates: Uint8Array[]; pendingUpdates: number; log: LoadedLog }> {
    const rows: { data: Buffer; part: number; seq: string; userId: string | null; at: Date | null }[] =
      await this.db.query(
        `SELECT data, part, seq, "userId", at FROM (
           SELECT state AS data, 0 AS part, 0::bigint AS seq, NULL::uuid AS "userId", NULL::timestamptz AS at
             FROM chapter_snapshot WHERE "chapterId" = $1
           UNION ALL
           SELECT update, 1, seq, "userId", "createdAt" FROM chapter_update WHERE "chapterId" = $1
         ) stored ORDER BY part, seq`,
        [chapterId],
      );
    const logged = rows.filter((r) => r.part === 1);
    const last = logged[logged.length - 1];
    return {
      updates: rows.map((r) => r.data),
      pendingUpdates: logged.length,
      log: { seqs: logged.map((r) => r.seq), last: last ? { at: last.at!, userId: last.userId } : null },
    };
  }

  /** The chapter's stored state as one Yjs update (empty if it has none). */
  async load(chapterId: string): Promise<{ state: Uint8Array; pendingUpdates: number }> {
    const { updates, pendingUpdates } = await this.loadUpdates(chapterId);
    if (updates.length <= 1) return { state: updates[0] ?? new Uint8Array(0), pendingUpdates };
    const doc = new Y.Doc();
    try {
      applyStored(doc, updates);
      return { state: Y.encodeStateAsUpdate(doc), pendingUpdates };
    } finally {
      doc.destroy();
    }
  }

  /** Folds the chapter's logged updates into its snapshot, in one transaction. Returns how many were folded. */
  async compact(chapterId: string): Promise<number> {
    return this.db.transaction(async (em) => {
      await this.lock(em, chapterId);
      const updates: { seq: string; update: Buffer; userId: string | null; createdAt: Date }[] =
        await em.query(
          'SELECT seq, update, "userId", "createdAt" FROM chapter_update WHERE "chapterId" = $1 ORDER BY seq',
          [chapterId],
        );
      if (updates.length === 0) return 0;
      const [snapshot]: { state: Buffer }[] = await em.query(
        'SELECT state FROM chapter_snapshot WHERE "chapterId" = $1',
        [chapterId],
      );
      const doc = new Y.Doc();
      applyStored(doc, [...(snapshot ? [snapshot.state] : []), ...updates.map((u) => u.update)]);
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      const last = updates[updates.length - 1];
      await this.replaceWithSnapshot(
        em,
        chapterId,
        state,
        updates.map((u) => u.seq),
        {
          at: last.createdAt,
          userId: last.userId,
        },
      );
      return updates.length;
    });
  }

  /**
   * Folds what a load just read (`state` = snapshot + exactly the `log` entries)
   * without reading and applying the log again. Returns false, changing nothing,
   * if another compaction got there first (then the regular compaction applies).
   */
  async compactLoaded(chapterId: string, state: Uint8Array, log: LoadedLog): Promise<boolean> {
    if (log.seqs.length === 0 || !log.last) return true;
    return this.db.transaction(async (em) => {
      await this.lock(em, chapterId);
      const [{ n }]: { n: string }[] = await em.query(
        'SELECT count(*) AS n FROM chapter_update WHERE "chapterId" = $1 AND seq = ANY($2::bigint[])',
        [chapterId, log.seqs],
      );
      // A compaction since the load folded some of them, perhaps with later updates: its snapshot is newer.
      if (Number(n) !== log.seqs.length) return false;
      await this.replaceWithSnapshot(em, chapterId, state, log.seqs, log.last!);
      return true;
    });
  }

  /** One compaction per chapter at a time, across instances. */
  private async lock(em: EntityManager, chapterId: string) {
    await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [chapterId]);
  }

  private async replaceWithSnapshot(
    em: EntityManager,
    chapterId: string,
    state: Uint8Array,
    seqs: string[],
    last: LastEdit,
  ) {
    await em.query(
      `INSERT INTO chapter_snapshot ("chapterId", state, "lastEditedAt", "lastEditedById", "updatedAt")
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT ("chapterId") DO UPDATE SET state = EXCLUDED.state, "lastEditedAt" = EXCLUDED."lastEditedAt",
         "lastEditedById" = EXCLUDED."lastEditedById", "updatedAt" = now()`,
      [chapterId, Buffer.from(state), last.at, last.userId],
    );
    // Delete exactly what was folded: an update committed meanwhile stays in the log.
    await em.query('DELETE FROM chapter_update WHERE seq = ANY($1::bigint[])', [seqs]);
  }

  /** The last stored edit of each chapter (from the log, else from the snapshot). */
  async lastEdits(chapterIds: readonly string[]): Promise<Map<string, LastEdit>> {
    const rows: { chapterId: string; at: Date | null; userId: string | null }[] = await this.db.query(
      `SELECT s0."chapterId", COALESCE(u."createdAt", s."lastEditedAt") AS at,
              CASE WHEN u."createdAt" IS NOT NULL THEN u."userId" ELSE s."lastEditedById" END AS "userId"
         FROM unnest($1::uuid[]) AS s0("chapterId")
         LEFT JOIN chapter_snapshot s ON s."chapterId" = s0."chapterId"
         LEFT JOIN LATERAL (
           SELECT "createdAt", "userId" FROM chapter_update
            WHERE "chapterId" = s0."chapterId" ORDER BY seq DESC LIMIT 1
         ) u ON true`,
      [chapterIds],
    );
    const result = new Map<string, LastEdit>();
    for (const row of rows)
      if (row.at && row.chapterId) result.set(row.chapterId, { at: row.at, userId: row.userId });
    return result;
  }
}

/**
 * Applies stored updates in one transaction: Yjs then cleans up and merges once,
 * which is far faster for thousands of updates than applying (or Y.mergeUpdates-ing) them one by one.
 */
export function applyStored(doc: Y.Doc, updates: readonly Uint8Array[]): void {
  if (updates.length === 0) return;
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
}

const toBuffer = (update: Uint8Array) => Buffer.from(update.buffer, update.byteOffset, update.byteLength);
