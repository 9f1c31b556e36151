import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UUID } from '../../core/scalars';
import { Disposition } from './comment.entity';

export const MAX_ROUND_TITLE_LENGTH = 300;
export const MAX_LETTER_LENGTH = 50_000;
export const MAX_DISPOSITION_REPLY_LENGTH = 10_000;

@InputType()
export class OpenReviewRoundInput {
  @Field(() => UUID)
  documentId: string;

  @Field()
  @MinLength(1)
  @MaxLength(MAX_ROUND_TITLE_LENGTH)
  title: string;

  @Field({ defaultValue: '', description: 'The hearing letter (høringsbrev), plain text' })
  @MaxLength(MAX_LETTER_LENGTH)
  letter: string;

  @Field(() => [UUID], { description: 'Chapters of the document under review' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  chapterIds: string[];

  @Field(() => Date, { nullable: true, description: 'Default: four weeks from now' })
  @IsOptional()
  deadline?: Date | null;

  @Field(() => [UUID], {
    nullable: true,
    description: 'The hearing list; default: every organisation with a REVIEWER member in the project',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  organizationIds?: string[] | null;
}

@InputType()
export class DisposeCommentInput {
  @Field(() => UUID)
  commentId: string;

  @Field(() => Disposition)
  disposition: Disposition;

  @Field({ defaultValue: '', description: 'The working group’s answer' })
  @MaxLength(MAX_DISPOSITION_REPLY_LENGTH)
  reply: string;
}
