import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import type { LastEdit } from './chapter-store.service';
import type { RenderedChapter } from './chapter-render';

interface CollabLoaders {
  content: DataLoader<string, RenderedChapter>;
  lastEdit: DataLoader<string, LastEdit | null>;
}

const perRequest = new WeakMap<Context, CollabLoaders>();

/** One loader per relation per request: each chapter is loaded and rendered once however many fields ask. */
export function collabLoaders(ctx: Context): CollabLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const { chapterContent } = ctx.services;
    loaders = {
      content: new DataLoader((ids) =>
        Promise.all(ids.map((id) => chapterContent.render(id).catch((e: Error) => e))),
      ),
      lastEdit: new DataLoader(async (ids) => {
        const edits = await chapterContent.lastEdits(ids);
        return ids.map((id) => edits.get(id) ?? null);
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/**
 * Forgets what this context's loaders hold for a chapter. A subscription keeps
 * one context for all its events, so each event must read the chapter afresh.
 */
export function forgetChapter(ctx: Context, chapterId: string): void {
  const loaders = perRequest.get(ctx);
  loaders?.content.clear(chapterId);
  loaders?.lastEdit.clear(chapterId);
}
