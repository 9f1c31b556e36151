import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UUID } from '../../core/scalars';
import { MAX_REASON_LENGTH } from './comment.inputs';

@InputType({
  description:
    'Which pending suggestions of a chapter to decide: one (suggestionId), one person’s (authorId), one organisation’s (organizationId), or all of them (none given)',
})
export class SuggestionScopeInput {
  @Field(() => UUID)
  chapterId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  suggestionId?: string | null;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  authorId?: string | null;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  organizationId?: string | null;
}

@InputType()
export class RejectSuggestionsInput extends SuggestionScopeInput {
  @Field({ description: 'Why (kept with each rejected suggestion’s thread)' })
  @MinLength(1)
  @MaxLength(MAX_REASON_LENGTH)
  reason: string;
}
