import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { Comment } from './comment.entity';
import { RejectSuggestionsInput, SuggestionScopeInput } from './suggestion.inputs';
import { SuggestionService } from './suggestion.service';

@Resolver()
export class SuggestionResolver {
  constructor(private readonly suggestions: SuggestionService) {}

  @Authorized()
  @Mutation(() => [Comment], {
    description:
      'Authors and coordinators (who may edit the chapter): applies the pending in-text suggestions in scope to the live chapter; returns their threads, now ACCEPTED. NOT_FOUND for an unknown suggestionId',
  })
  acceptSuggestions(@Arg('input') input: SuggestionScopeInput, @Ctx() ctx: Context): Promise<Comment[]> {
    return this.suggestions.decide(ctx.user!, input, 'accept');
  }

  @Authorized()
  @Mutation(() => [Comment], {
    description:
      'Authors and coordinators: removes the pending in-text suggestions in scope (the text stays as it was) and records why; returns their threads, now REJECTED',
  })
  rejectSuggestions(@Arg('input') input: RejectSuggestionsInput, @Ctx() ctx: Context): Promise<Comment[]> {
    return this.suggestions.decide(ctx.user!, input, 'reject', input.reason);
  }
}
