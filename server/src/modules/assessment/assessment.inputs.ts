import { Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/scalars';
import { MAX_RATIONALE_LENGTH } from './assessment.entity';

export const MAX_REVISIT_REASON_LENGTH = 2000;

@InputType()
export class SubmitAssessmentInput {
  @Field(() => UUID, { description: 'Assesses the offer’s open case (created on the first assessment)' })
  offerId: string;

  @Field(() => Int, { description: '1..3' })
  @Min(1)
  @Max(3)
  level: number;

  @Field({ description: '1..5000 characters' })
  @MinLength(1)
  @MaxLength(MAX_RATIONALE_LENGTH)
  rationale: string;
}

@InputType()
export class SettleDisagreementInput {
  @Field(() => UUID)
  caseId: string;

  @Field(() => Int, { description: '1..3' })
  @Min(1)
  @Max(3)
  level: number;

  @Field({ description: '1..5000 characters' })
  @MinLength(1)
  @MaxLength(MAX_RATIONALE_LENGTH)
  rationale: string;
}

@InputType()
export class ConfirmPlacementInput {
  @Field(() => UUID, {
    description: 'AGREED (level = the agreed one) or SETTLED (level = settledLevel)',
  })
  caseId: string;
}

@InputType()
export class RevisitPlacementInput {
  @Field(() => UUID, { description: 'Must have a placement and no open case' })
  offerId: string;

  @Field({ description: '1..2000 characters' })
  @MinLength(1)
  @MaxLength(MAX_REVISIT_REASON_LENGTH)
  reason: string;
}
