import DataLoader from 'dataloader';
import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import type { Context } from '../../core/context';
import { MembershipService } from '../projects/membership.service';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { Comment } from './comment.entity';
import { ReviewRound } from './review-round.entity';
import { commentVisibility } from './review.policy';

interface OverviewLoaders {
  openComments: DataLoader<Chapter, number, string>;
  openRounds: DataLoader<string, ReviewRound[]>;
}

/**
 * One loader per relation per request, for the dashboard's review columns: a
 * document's chapters' open comment counts in one grouped query per project,
 * and the open rounds of all documents in one query.
 */
function overviewLoaders(ctx: Context): OverviewLoaders {
  return ctx.perRequest(overviewLoaders, () => createOverviewLoaders(ctx));
}

function createOverviewLoaders(ctx: Context): OverviewLoaders {
  const db = ctx.container.get(DataSource);
  const memberships = ctx.container.get(MembershipService);
  const user = ctx.user!;
  const openComments: OverviewLoaders['openComments'] = new DataLoader(
    async (chapters) => {
      const counts = new Map<string, number>();
      const now = new Date();
      for (const projectId of new Set(chapters.map((c) => c.projectId))) {
        const member = await memberships.forUser(user.id, projectId);
        if (!member) continue;
        // Counts only what the caller may see (a reviewer: their organisation's round comments until the deadline).
        const visibility = commentVisibility(member, user.organizationId, now);
        const rows: { chapterId: string; n: number }[] = await db
          .getRepository(Comment)
          .createQueryBuilder('root')
          .leftJoin(ReviewRound, 'r', 'r.id = root."roundId"')
          .select('root."chapterId"', 'chapterId')
          .addSelect('count(*)::int', 'n')
          .where('root."chapterId" = ANY(:ids::uuid[])', {
            ids: chapters.filter((c) => c.projectId === projectId).map((c) => c.id),
          })
          // Open: a thread nobody resolved and, for a reviewer's comment, not yet given a disposition.
          .andWhere(
            'root."parentId" IS NULL AND root."deletedAt" IS NULL AND root."resolvedAt" IS NULL AND root.disposition IS NULL',
          )
          .andWhere(visibility.where, visibility.params)
          .groupBy('root."chapterId"')
          .getRawMany();
        for (const row of rows) counts.set(row.chapterId, row.n);
      }
      return chapters.map((c) => counts.get(c.id) ?? 0);
    },
    { cacheKeyFn: (c) => c.id },
  );
  const openRounds: OverviewLoaders['openRounds'] = new DataLoader(async (documentIds) => {
    const rounds = await db
      .getRepository(ReviewRound)
      .createQueryBuilder('r')
      .where('r."documentId" = ANY(:ids::uuid[]) AND r.deadline > :now', {
        ids: [...documentIds],
        now: new Date(),
      })
      .orderBy('r.deadline', 'ASC')
      .getMany();
    return documentIds.map((id) => rounds.filter((r) => r.documentId === id));
  });
  return { openComments, openRounds };
}

@Resolver(() => Chapter)
export class ChapterReviewOverviewResolver {
  @Authorized()
  @FieldResolver(() => Int, {
    description:
      'Open comment threads on the chapter that I may see: not resolved, not deleted and, for a reviewer’s round comment, without a disposition yet; for the dashboard',
  })
  openCommentCount(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<number> {
    return overviewLoaders(ctx).openComments.load(chapter);
  }
}

@Resolver(() => Document)
export class DocumentReviewOverviewResolver {
  @Authorized()
  @FieldResolver(() => [ReviewRound], {
    description: 'The document’s open review rounds, soonest deadline first',
  })
  openReviewRounds(@Root() document: Document, @Ctx() ctx: Context): Promise<ReviewRound[]> {
    return overviewLoaders(ctx).openRounds.load(document.id);
  }
}
