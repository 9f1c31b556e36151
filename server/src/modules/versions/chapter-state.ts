import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { ChapterStoreService } from '../collab/chapter-store.service';

export interface ChapterState {
  /** The chapter's stored Yjs state as one update. */
  state: Uint8Array;
  fingerprint: string;
}

/**
 * Identifies one exact content version of a chapter: SHA-256 of its Yjs
 * snapshot, i.e. the state vector (what was inserted, by whom, up to which
 * clock) plus the delete set (what was deleted). The state vector alone
 * misses deletions; both together change with every stored update and are
 * encoded in a deterministic order, so equal content histories hash equally
 * however the updates were merged.
 */
export function fingerprintOf(state: Uint8Array): string {
  const doc = new Y.Doc();
  try {
    if (state.length > 0) Y.applyUpdate(doc, state);
    return createHash('sha256')
      .update(Y.encodeSnapshot(Y.snapshot(doc)))
      .digest('hex');
  } finally {
    doc.destroy();
  }
}

/**
 * The chapter's state as stored in PostgreSQL (snapshot + update log). Every
 * update is stored before it is acknowledged, so this never lags behind what
 * any editor has been told is saved.
 */
export async function storedChapterState(
  store: ChapterStoreService,
  chapterId: string,
): Promise<ChapterState> {
  const { state } = await store.load(chapterId);
  return { state, fingerprint: fingerprintOf(state) };
}
