import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EvaluationNote } from './evaluation-note.entity';
import { TargetGroup } from '../catalogue/target-group.entity';

@ObjectType()
export class TargetGroupEvaluation {
  @Field(() => TargetGroup)
  targetGroup: TargetGroup;

  @Field(() => Int)
  offers: number;

  @Field(() => Int, { description: 'Offers with at least one case having two assessments' })
  assessed: number;

  @Field(() => Int, { description: 'Offers with a placement' })
  placed: number;

  @Field(() => [Int], { description: '[level1, level2, level3]' })
  placedPerLevel: number[];

  @Field(() => Int, { description: 'Cases with two independent assessments' })
  pairs: number;

  @Field(() => Int, { description: 'Of those, same level' })
  agreements: number;

  @Field(() => Float, { nullable: true, description: 'agreements / pairs, null when pairs = 0' })
  agreementRate: number | null;

  @Field(() => Int, { description: 'Cases DISAGREED (not yet settled)' })
  openDisagreements: number;
}

@ObjectType()
export class EvaluationReport {
  @Field()
  generatedAt: Date;

  @Field(() => [TargetGroupEvaluation])
  targetGroups: TargetGroupEvaluation[];

  @Field(() => Int)
  totalOffers: number;

  @Field(() => Int)
  totalAssessed: number;

  @Field(() => Int)
  totalPlaced: number;

  @Field(() => Int)
  totalPairs: number;

  @Field(() => Int)
  totalAgreements: number;

  @Field(() => Float, {
    nullable: true,
    description: 'totalAgreements / totalPairs, null when totalPairs = 0',
  })
  agreementRate: number | null;

  @Field(() => Int)
  openDisagreements: number;

  @Field(() => [EvaluationNote], { description: 'Newest first' })
  notes: EvaluationNote[];

  @Field({ description: 'The status report rendered (escaped), for viewing and download' })
  html: string;
}
