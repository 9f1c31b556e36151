import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { PlacementOverviewService } from './placement-overview.service';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { PlacementOverview } from './placement-overview.types';
import { PlacementFilter } from '../catalogue/catalogue.inputs';

@Resolver()
export class PlacementOverviewResolver {
  constructor(private readonly placementOverviewService: PlacementOverviewService) {}

  @Authorized()
  @Query(() => PlacementOverview, {
    description: 'Providers × offers per target group with their placements and counts per level; members',
  })
  placementOverview(
    @Arg('projectId', () => UUID) projectId: string,
    @Arg('filter', () => PlacementFilter, { nullable: true }) filter: PlacementFilter | null,
    @Ctx() ctx: Context,
  ): Promise<PlacementOverview> {
    return this.placementOverviewService.overview(ctx.user!, projectId, filter);
  }

  @Authorized()
  @Query(() => String, { description: 'The placement overview as CSV (`;`, formulas neutralised); members' })
  placementOverviewCsv(
    @Arg('projectId', () => UUID) projectId: string,
    @Arg('filter', () => PlacementFilter, { nullable: true }) filter: PlacementFilter | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return this.placementOverviewService.csv(ctx.user!, projectId, filter);
  }
}
