import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { SpecialisationCaller } from './catalogue-access';
import type { LevelCriterionVersion } from './level-criterion-version.entity';

@ObjectType({ description: 'What characterises a level for a target group: the newest saved version' })
export class LevelCriterion {
  @Field(() => Int, { description: '1..3, 3 = most specialised' })
  level: number;

  @Field({ description: 'Sanitized rich text; "" before the first save' })
  html: string;

  @Field(() => Int, { description: '0 before the first save, +1 per save' })
  version: number;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  /** For the updatedBy and history field resolvers. */
  targetGroupId: string;
  updatedById: string | null;
  /** Preloaded, newest first (every version of this level). */
  versions: LevelCriterionVersion[];
}

export enum ImportRowStatus {
  OK = 'OK',
  REJECTED = 'REJECTED',
}
registerEnumType(ImportRowStatus, {
  name: 'ImportRowStatus',
  description: 'OK: (preview) would be imported / (import) imported; REJECTED: nothing of the row written',
});

@ObjectType()
export class ImportRowResult {
  @Field(() => Int, { description: '1-based line in the file (the header is line 1)' })
  line: number;

  @Field(() => ImportRowStatus)
  status: ImportRowStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'INVALID_CVR, UNKNOWN_TARGET_GROUP, UNKNOWN_REGION, UNKNOWN_TYPE, MISSING_FIELD, TOO_LONG, WRONG_COLUMN_COUNT, DUPLICATE_OFFER, CVR_NAME_MISMATCH',
  })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'The column (header name) the reason concerns' })
  field: string | null;

  @Field(() => String, { nullable: true })
  providerName: string | null;

  @Field(() => String, { nullable: true })
  cvr: string | null;

  @Field(() => String, { nullable: true })
  offerName: string | null;

  @Field(() => String, { nullable: true })
  targetGroupName: string | null;
}

@ObjectType()
export class ProviderImportResult {
  @Field(() => [ImportRowResult])
  rows: ImportRowResult[];

  @Field(() => Int, { description: 'Rows written (0 in preview)' })
  imported: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int, { description: 'Providers created (in preview: the number that would be created)' })
  createdProviders: number;
}

@ObjectType({ description: 'What the caller may do with a target group (the specialisation policy decides)' })
export class TargetGroupPermissions {
  /** Who asks, for the modules that add their fields to this type; not in the schema. */
  caller: SpecialisationCaller;

  /** The group, for the same. */
  targetGroupId: string;

  @Field({ description: 'Save its level criteria: coordinators and its specialists' })
  editCriteria: boolean;
}
