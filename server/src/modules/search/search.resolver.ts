import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { SearchService } from './search.service';
import { SearchArgs, SearchResult } from './search.types';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Authorized()
  @Query(() => SearchResult, {
    description:
      'Danish full-text search over everything the caller may read, grouped by project and document, best first',
  })
  search(@Args() { query, filter }: SearchArgs, @Ctx() ctx: Context): Promise<SearchResult> {
    return this.searchService.search(ctx.user!, query, filter);
  }
}
