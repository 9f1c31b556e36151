import type { Hocuspocus } from '@hocuspocus/server';
import { chapterDocumentName } from '@samskriv/schema';
import type { ChapterStoreService, LastEdit } from './chapter-store.service';
import { renderChapterDoc, renderChapterUpdates, type RenderedChapter } from './chapter-render';

/**
 * A chapter's current content for search, export, quotes and the API: from the
 * live Hocuspocus document when this instance has it loaded (it holds every
 * acknowledged edit), else from PostgreSQL.
 */
export class ChapterContentService {
  private hocuspocus: Hocuspocus | undefined;

  constructor(private readonly store: ChapterStoreService) {}

  attach(hocuspocus: Hocuspocus): void {
    this.hocuspocus = hocuspocus;
  }

  /** Rendered content; callers check the reader's access to the chapter first. */
  async render(chapterId: string): Promise<RenderedChapter> {
    const live = this.hocuspocus?.documents.get(chapterDocumentName(chapterId));
    if (live && !live.isLoading && !live.isDestroyed) return renderChapterDoc(live);
    const { updates } = await this.store.loadUpdates(chapterId);
    return renderChapterUpdates(updates);
  }

  lastEdits(chapterIds: readonly string[]): Promise<Map<string, LastEdit>> {
    return this.store.lastEdits(chapterIds);
  }
}
