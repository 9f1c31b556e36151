import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many chapters of a document had each status at a moment' })
export class ProgressPoint {
  @Field()
  at: Date;

  @Field(() => Int)
  draft: number;

  @Field(() => Int)
  inReview: number;

  @Field(() => Int)
  revision: number;

  @Field(() => Int)
  awaitingApproval: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int)
  published: number;
}
