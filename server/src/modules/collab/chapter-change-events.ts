export type ChapterChangedListener = (chapterId: string, userId: string | null) => void;

/**
 * What the collab module tells the rest of the server: "an update of this
 * chapter's text was stored". Emitted after every stored update from a
 * writable connection, on the instance that stored it; listeners must be
 * cheap and must not throw (approvals debounce their re-check).
 */
export class ChapterChangeEvents {
  private readonly listeners = new Set<ChapterChangedListener>();
  private readonly compactedListeners = new Set<(chapterId: string) => void>();

  onChapterChanged(listener: ChapterChangedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitChapterChanged(chapterId: string, userId: string | null): void {
    for (const listener of this.listeners) listener(chapterId, userId);
  }

  /** A chapter's log was folded into its snapshot (the text is unchanged; the search index re-reads it once). */
  onChapterCompacted(listener: (chapterId: string) => void): () => void {
    this.compactedListeners.add(listener);
    return () => this.compactedListeners.delete(listener);
  }

  emitChapterCompacted(chapterId: string): void {
    for (const listener of this.compactedListeners) listener(chapterId);
  }
}
