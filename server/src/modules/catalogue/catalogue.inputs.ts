import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/scalars';
import { MAX_CRITERION_HTML_LENGTH } from './level-criterion-version.entity';
import { MAX_OFFER_DESCRIPTION_LENGTH, MAX_OFFER_NAME_LENGTH } from './offer.entity';
import {
  DanishRegion,
  MAX_MUNICIPALITY_LENGTH,
  MAX_PROVIDER_NAME_LENGTH,
  ProviderType,
} from './provider.entity';
import { MAX_TARGET_GROUP_DESCRIPTION_LENGTH, MAX_TARGET_GROUP_NAME_LENGTH } from './target-group.entity';

/** Longest CVR input accepted before whitespace is stripped ("12 34 56 78" and the like). */
const MAX_CVR_INPUT_LENGTH = 20;

@InputType()
export class CreateTargetGroupInput {
  @Field(() => UUID)
  projectId: string;

  @Field({ description: '1..120 characters' })
  @MinLength(1)
  @MaxLength(MAX_TARGET_GROUP_NAME_LENGTH)
  name: string;

  @Field({ defaultValue: '', description: '0..2000 characters, plain text' })
  @MaxLength(MAX_TARGET_GROUP_DESCRIPTION_LENGTH)
  description: string;

  @Field(() => UUID, {
    nullable: true,
    description:
      'An existing TARGET_GROUP document of the project; omitted: a new one is created with level chapters',
  })
  @IsOptional()
  documentId?: string | null;
}

@InputType()
export class SetSpecialistsInput {
  @Field(() => UUID)
  targetGroupId: string;

  @Field(() => [UUID], { description: 'AUTHOR or COORDINATOR members of the same project' })
  @ArrayMaxSize(500)
  membershipIds: string[];
}

@InputType()
export class SaveLevelCriterionInput {
  @Field(() => UUID)
  targetGroupId: string;

  @Field(() => Int, { description: '1..3' })
  @Min(1)
  @Max(3)
  level: number;

  @Field({ description: 'At most 50 000 characters; sanitized on the server' })
  @MaxLength(MAX_CRITERION_HTML_LENGTH)
  html: string;

  @Field(() => Int, { description: 'The version the edit was based on; CONFLICT if someone saved since' })
  @Min(0)
  @Max(1_000_000)
  baseVersion: number;
}

/** What a provider is, the same when it is registered and when it is corrected. */
@InputType()
abstract class ProviderFields {
  @Field({ description: '1..200 characters' })
  @MinLength(1)
  @MaxLength(MAX_PROVIDER_NAME_LENGTH)
  name: string;

  @Field({ description: '8 digits with a valid modulus-11 check; whitespace allowed' })
  @MaxLength(MAX_CVR_INPUT_LENGTH)
  cvr: string;

  @Field({ description: '1..100 characters' })
  @MinLength(1)
  @MaxLength(MAX_MUNICIPALITY_LENGTH)
  municipality: string;

  @Field(() => DanishRegion)
  region: DanishRegion;

  @Field(() => ProviderType)
  type: ProviderType;
}

@InputType()
export class ProviderInput extends ProviderFields {
  @Field(() => UUID)
  projectId: string;
}

@InputType()
export class UpdateProviderInput extends ProviderFields {
  @Field(() => UUID)
  id: string;
}

@InputType()
export class OfferInput {
  @Field(() => UUID)
  providerId: string;

  @Field(() => UUID, { description: 'Same project; names are unique per provider and target group' })
  targetGroupId: string;

  @Field({ description: '1..200 characters' })
  @MinLength(1)
  @MaxLength(MAX_OFFER_NAME_LENGTH)
  name: string;

  @Field({ defaultValue: '', description: '0..2000 characters' })
  @MaxLength(MAX_OFFER_DESCRIPTION_LENGTH)
  description: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => DanishRegion, { nullable: true })
  @IsOptional()
  region?: DanishRegion | null;

  @Field(() => ProviderType, { nullable: true })
  @IsOptional()
  providerType?: ProviderType | null;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  targetGroupId?: string | null;
}
