import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { ChapterContentService } from './chapter-content.service';
import type { LastEdit } from './chapter-store.service';
import type { RenderedChapter } from './chapter-render';

interface CollabLoaders {
  content: DataLoader<string, RenderedChapter>;
  lastEdit: DataLoader<string, LastEdit | null>;
}

/** One loader per relation per request: each chapter is loaded and rendered once however many fields ask. */
export function collabLoaders(ctx: Context): CollabLoaders {
  return ctx.perRequest(collabLoaders, () => {
    const chapterContent = ctx.container.get(ChapterContentService);
    return {
      content: new DataLoader((ids) =>
        Promise.all(ids.map((id) => chapterContent.render(id).catch((e: Error) => e))),
      ),
      lastEdit: new DataLoader(async (ids) => {
        const edits = await chapterContent.lastEdits(ids);
        return ids.map((id) => edits.get(id) ?? null);
      }),
    };
  });
}
