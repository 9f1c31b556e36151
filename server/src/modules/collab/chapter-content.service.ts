import type { DirectConnection, Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { chapterDocumentName } from '@samskriv/schema';
import { applyStored, type ChapterStoreService, type LastEdit } from './chapter-store.service';
import { renderChapterDoc, renderChapterUpdates, type RenderedChapter } from './chapter-render';

/**
 * A chapter's current content for search, export, quotes and the API: from the
 * live Hocuspocus document when this instance has it loaded (it holds every
 * acknowledged edit), else from PostgreSQL.
 */
export class ChapterContentService {
  private hocuspocus: Hocuspocus | undefined;

  constructor(private readonly chapterStoreService: ChapterStoreService) {}

  attach(hocuspocus: Hocuspocus): void {
    this.hocuspocus = hocuspocus;
  }

  /** Rendered content; callers check the reader's access to the chapter first. */
  async render(chapterId: string): Promise<RenderedChapter> {
    const live = this.hocuspocus?.documents.get(chapterDocumentName(chapterId));
    if (live && !live.isLoading && !live.isDestroyed) return renderChapterDoc(live);
    const { updates } = await this.chapterStoreService.loadUpdates(chapterId);
    return renderChapterUpdates(updates);
  }

  /**
   * Runs `read` on the chapter's current Y.Doc: the live one when loaded here,
   * else one built from storage. `read` must not change the document.
   */
  async read<T>(chapterId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const live = this.hocuspocus?.documents.get(chapterDocumentName(chapterId));
    if (live && !live.isLoading && !live.isDestroyed) return read(live);
    const { updates } = await this.chapterStoreService.loadUpdates(chapterId);
    const doc = new Y.Doc();
    try {
      applyStored(doc, updates);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /** A server-side connection to the live chapter (loaded if needed), for edits every open editor sees. */
  openDirect(chapterId: string, context: Record<string, unknown> = {}): Promise<DirectConnection> {
    if (!this.hocuspocus) throw new Error('The collab server is not attached');
    return this.hocuspocus.openDirectConnection(chapterDocumentName(chapterId), { ...context, server: true });
  }

  /** Drops the chapter's connections so clients resync from storage (after a failed write). */
  reset(chapterId: string): void {
    this.hocuspocus?.closeConnections(chapterDocumentName(chapterId));
  }

  lastEdits(chapterIds: readonly string[]): Promise<Map<string, LastEdit>> {
    return this.chapterStoreService.lastEdits(chapterIds);
  }
}
