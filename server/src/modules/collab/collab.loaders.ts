import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import type { LastEdit } from './chapter-store.service';
import type { RenderedChapter } from './chapter-render';

interface CollabLoaders {
  content: DataLoader<string, RenderedChapter>;
  lastEdit: DataLoader<string, LastEdit | null>;
}

// Keyed by the context's loaders: one set per HTTP request, and one per event shared by a subscription's receivers.
const perRequest = new WeakMap<object, CollabLoaders>();

/** One loader per relation per request: each chapter is loaded and rendered once however many fields ask. */
export function collabLoaders(ctx: Context): CollabLoaders {
  let loaders = perRequest.get(ctx.loaders);
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
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
