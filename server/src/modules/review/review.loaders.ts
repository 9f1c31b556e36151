import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Context } from '../../core/context';
import { byId } from '../../core/per-request';
import { ReviewRound } from './review-round.entity';

export interface ReviewLoaders {
  round: DataLoader<string, ReviewRound>;
  roundsByDocument: DataLoader<string, ReviewRound[]>;
}

/** Review rounds for the rights of chapters and comments, one query per request for each kind. */
export function reviewLoaders(ctx: Context): ReviewLoaders {
  return ctx.perRequest(reviewLoaders, () => {
    const rounds = ctx.container.get(DataSource).getRepository(ReviewRound);
    return {
      round: new DataLoader(async (ids) =>
        byId(await rounds.findBy({ id: In([...ids]) }), ids, 'ReviewRound'),
      ),
      roundsByDocument: new DataLoader(async (documentIds) => {
        const rows = await rounds.findBy({ documentId: In([...documentIds]) });
        return documentIds.map((id) => rows.filter((r) => r.documentId === id));
      }),
    };
  });
}
