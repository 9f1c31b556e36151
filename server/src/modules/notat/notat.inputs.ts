import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UUID } from '../../core/scalars';

export const MAX_NOTAT_HEADING_LENGTH = 300;
export const MAX_NOTAT_TEXT_LENGTH = 20_000;

@InputType({
  description: 'New wording of a subject in section 2; a field left out stays, an empty one reverts',
})
export class EditNotatSubjectInput {
  @Field(() => UUID)
  roundId: string;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  subjectKey: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_NOTAT_HEADING_LENGTH)
  heading?: string | null;

  @Field(() => String, { nullable: true, description: 'What the parties said' })
  @IsOptional()
  @MaxLength(MAX_NOTAT_TEXT_LENGTH)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'The working group’s comment' })
  @IsOptional()
  @MaxLength(MAX_NOTAT_TEXT_LENGTH)
  comment?: string | null;
}
