import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UUID } from '../../core/scalars';

@InputType()
export class PublishEditionInput {
  @Field(() => UUID)
  documentId: string;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters' })
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date (YYYY-MM-DD); default today. Follow-up and revision deadlines count from it',
  })
  @MaxLength(10)
  publicationDate?: string | null;
}
