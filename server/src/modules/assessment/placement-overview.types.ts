// PlacementFilter is shared with `providers(filter:)`: it lives in specialisation.inputs.ts.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssessmentCaseStatus } from './assessment-case-state';
import { Provider } from '../catalogue/provider.entity';
import { TargetGroup } from '../catalogue/target-group.entity';

@ObjectType()
export class PlacementCell {
  @Field(() => ID)
  targetGroupId: string;

  @Field(() => ID)
  offerId: string;

  @Field()
  offerName: string;

  @Field(() => AssessmentCaseStatus, {
    nullable: true,
    description: 'The status of the offer’s newest case; null: never assessed',
  })
  status: AssessmentCaseStatus | null;

  @Field(() => Int, { nullable: true, description: 'The confirmed placement’s level, if any' })
  level: number | null;
}

@ObjectType()
export class PlacementRow {
  @Field(() => Provider)
  provider: Provider;

  @Field(() => [PlacementCell], { description: 'One per offer of the provider (matching the filter)' })
  cells: PlacementCell[];
}

@ObjectType()
export class LevelCount {
  @Field(() => ID)
  targetGroupId: string;

  @Field(() => Int)
  level: number;

  @Field(() => Int, { description: 'Confirmed placements in force' })
  count: number;
}

@ObjectType()
export class PlacementOverview {
  @Field(() => [TargetGroup])
  targetGroups: TargetGroup[];

  @Field(() => [PlacementRow], { description: 'Providers alphabetically' })
  rows: PlacementRow[];

  @Field(() => [LevelCount], { description: 'Every target group × level 1..3, zeros included' })
  counts: LevelCount[];

  @Field(() => Int, { description: 'Offers (matching the filter) without a placement' })
  unplaced: number;
}
