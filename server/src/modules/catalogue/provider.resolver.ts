import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ProviderImportService } from './provider-import.service';
import { ProviderService } from './provider.service';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Offer } from './offer.entity';
import { Provider } from './provider.entity';
import { catalogueLoaders } from './catalogue.loaders';
import { OfferInput, PlacementFilter, ProviderInput, UpdateProviderInput } from './catalogue.inputs';
import { ProviderImportResult } from './catalogue.types';
import { TargetGroup } from './target-group.entity';

/** The largest CSV the API takes as an argument is checked by the import service (2 MB, BAD_USER_INPUT). */
@Resolver(() => Provider)
export class ProviderResolver {
  constructor(
    private readonly providerService: ProviderService,
    private readonly providerImportService: ProviderImportService,
  ) {}

  @Authorized()
  @Query(() => [Provider], { description: 'Alphabetical; members only' })
  providers(
    @Arg('projectId', () => UUID) projectId: string,
    @Arg('filter', () => PlacementFilter, { nullable: true }) filter: PlacementFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Provider[]> {
    return this.providerService.list(ctx.user!, projectId, filter);
  }

  @Authorized()
  @Query(() => Provider, { description: 'Members only' })
  provider(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Provider> {
    return this.providerService.get(ctx.user!, id);
  }

  @Authorized()
  @Query(() => ProviderImportResult, {
    description: 'What importProviders would do with this CSV, row by row; coordinators only; writes nothing',
  })
  previewProviderImport(
    @Arg('projectId', () => UUID) projectId: string,
    @Arg('csv') csv: string,
    @Ctx() ctx: Context,
  ): Promise<ProviderImportResult> {
    return this.providerImportService.preview(ctx.user!, projectId, csv);
  }

  @Authorized()
  @Query(() => String, { description: 'Providers and offers as CSV, the import’s columns; members only' })
  providersCsv(@Arg('projectId', () => UUID) projectId: string, @Ctx() ctx: Context): Promise<string> {
    return this.providerImportService.export(ctx.user!, projectId);
  }

  @Authorized()
  @Mutation(() => Provider, {
    description: 'Coordinators only; CONFLICT on a CVR number already in the project',
  })
  createProvider(@Arg('input') input: ProviderInput, @Ctx() ctx: Context): Promise<Provider> {
    return this.providerService.create(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => Provider, { description: 'Coordinators only' })
  updateProvider(@Arg('input') input: UpdateProviderInput, @Ctx() ctx: Context): Promise<Provider> {
    return this.providerService.update(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => Offer, {
    description: 'Coordinators only; CONFLICT on a name taken for the provider and group',
  })
  createOffer(@Arg('input') input: OfferInput, @Ctx() ctx: Context): Promise<Offer> {
    return this.providerService.createOffer(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => ProviderImportResult, {
    description: 'Coordinators only; good rows imported in one transaction, bad rows rejected with a reason',
  })
  importProviders(
    @Arg('projectId', () => UUID) projectId: string,
    @Arg('csv') csv: string,
    @Ctx() ctx: Context,
  ): Promise<ProviderImportResult> {
    return this.providerImportService.import(ctx.user!, projectId, csv, ctx.client);
  }

  @FieldResolver(() => [Offer], { description: 'By name' })
  offers(@Root() provider: Provider, @Ctx() ctx: Context): Promise<Offer[]> {
    return catalogueLoaders(ctx).offersByProvider.load(provider.id);
  }
}

@Resolver(() => Offer)
export class OfferResolver {
  constructor(private readonly providerService: ProviderService) {}

  @Authorized()
  @Query(() => Offer, { description: 'Members only' })
  offer(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Offer> {
    return this.providerService.getOffer(ctx.user!, id);
  }

  @FieldResolver(() => Provider)
  provider(@Root() offer: Offer, @Ctx() ctx: Context): Promise<Provider> {
    return catalogueLoaders(ctx).provider.load(offer.providerId);
  }

  @FieldResolver(() => TargetGroup)
  targetGroup(@Root() offer: Offer, @Ctx() ctx: Context): Promise<TargetGroup> {
    return catalogueLoaders(ctx).targetGroup.load(offer.targetGroupId);
  }
}
