import { ArrayMaxSize, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UUID } from '../../core/scalars';

export const MAX_COMMENT_LENGTH = 10_000;
export const MAX_QUOTE_LENGTH = 20_000;
export const MAX_PROPOSAL_LENGTH = 20_000;
export const MAX_POSITION_LENGTH = 700;
export const MAX_MENTIONS = 20;
export const MAX_REASON_LENGTH = 5_000;

@InputType({
  description: 'A text range: Y.encodeRelativePosition of its start and end, base64, and its text',
})
export class CommentRangeInput {
  @Field({ description: 'Start of the range (relative position, base64)' })
  @MaxLength(MAX_POSITION_LENGTH)
  anchor: string;

  @Field({ description: 'End of the range (relative position, base64; assoc -1 recommended)' })
  @MaxLength(MAX_POSITION_LENGTH)
  head: string;

  @Field({ description: 'The text of the range as the client sees it' })
  @MinLength(1)
  @MaxLength(MAX_QUOTE_LENGTH)
  quote: string;
}

@InputType()
export class CreateCommentInput {
  @Field(() => UUID)
  chapterId: string;

  @Field({ description: `At most ${MAX_COMMENT_LENGTH} characters` })
  @MinLength(1)
  @MaxLength(MAX_COMMENT_LENGTH)
  body: string;

  @Field(() => CommentRangeInput, {
    nullable: true,
    description: 'Omitted: the comment concerns the whole chapter',
  })
  @IsOptional()
  @ValidateNested()
  range?: CommentRangeInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Replacement text for the range (a change proposal); the range must lie within one paragraph',
  })
  @IsOptional()
  @MaxLength(MAX_PROPOSAL_LENGTH)
  proposal?: string | null;

  @Field(() => [UUID], { nullable: true, description: 'Project members mentioned (@) in the body' })
  @IsOptional()
  @ArrayMaxSize(MAX_MENTIONS)
  mentionedUserIds?: string[] | null;
}

@InputType()
export class ReplyInput {
  @Field(() => UUID, { description: 'The thread’s first comment' })
  parentId: string;

  @Field()
  @MinLength(1)
  @MaxLength(MAX_COMMENT_LENGTH)
  body: string;

  @Field(() => [UUID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_MENTIONS)
  mentionedUserIds?: string[] | null;
}
