import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ApprovalState {
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  /** Approved, then dismissed because the text changed. */
  STALE = 'STALE',
  PENDING = 'PENDING',
}
registerEnumType(ApprovalState, { name: 'ApprovalState' });

@ObjectType({ description: 'Where one approving organisation stands on one chapter' })
export class OrganizationApproval {
  @Field(() => ID)
  chapterId: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => ApprovalState)
  state: ApprovalState;

  @Field(() => ID, { nullable: true, description: 'Who decided (approved or requested changes)' })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why changes were requested' })
  reason: string | null;

  @Field(() => Date, { nullable: true, description: 'When a STALE approval was dismissed' })
  dismissedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was dismissed: CONTENT_CHANGED' })
  dismissedReason: string | null;

  @Field(() => String, { nullable: true, description: 'The content version the decision was given on' })
  contentFingerprint: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A version holding the text that was approved: diff it with the current text to see what changed since',
  })
  versionId: string | null;
}
