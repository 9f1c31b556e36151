import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { OfferRemovalService } from './offer-removal.service';

@Resolver()
export class OfferRemovalResolver {
  constructor(private readonly offerRemovalService: OfferRemovalService) {}

  @Authorized()
  @Mutation(() => Boolean, { description: 'Coordinators only; CONFLICT if any offer has assessments' })
  deleteProvider(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.offerRemovalService.deleteProvider(ctx.user!, id, ctx.client);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Coordinators only; CONFLICT if assessed' })
  deleteOffer(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.offerRemovalService.deleteOffer(ctx.user!, id, ctx.client);
  }
}
