import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { SearchArgs, SearchResult } from './search.types';

@Resolver()
export class SearchResolver {
  @Authorized()
  @Query(() => SearchResult, {
    description:
      'Danish full-text search over everything the caller may read, grouped by project and document, best first',
  })
  search(@Args() { query, filter }: SearchArgs, @Ctx() ctx: Context): Promise<SearchResult> {
    return ctx.services.search.search(ctx.user!, query, filter);
  }
}
