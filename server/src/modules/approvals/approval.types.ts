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

  /** The chapter's project, to find who may approve for the organisation. */
  projectId: string;

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

@ObjectType({ description: 'An organisation a coordinator may name as approving a document' })
export class ApprovingOrganizationChoice {
  organizationId: string;

  @Field({ description: 'Approves the document now (named by a coordinator or by default)' })
  approving: boolean;

  approverIds: string[];
}
