import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Topic, type AppPubSub, type SpecialisationEventPayload } from '../../core/pubsub';

export enum SpecialisationEventType {
  TARGET_GROUP_CHANGED = 'TARGET_GROUP_CHANGED',
  CRITERION_SAVED = 'CRITERION_SAVED',
  PROVIDERS_CHANGED = 'PROVIDERS_CHANGED',
  ASSESSMENT_SUBMITTED = 'ASSESSMENT_SUBMITTED',
  CASE_SETTLED = 'CASE_SETTLED',
  PLACEMENT_CONFIRMED = 'PLACEMENT_CONFIRMED',
  PLACEMENT_REVISITED = 'PLACEMENT_REVISITED',
}
registerEnumType(SpecialisationEventType, { name: 'SpecialisationEventType' });

@ObjectType({ description: 'Something changed in a specialisation project; refetch what you show' })
export class SpecialisationEvent {
  @Field(() => SpecialisationEventType)
  type: SpecialisationEventType;

  @Field(() => ID)
  projectId: string;

  @Field(() => ID, { nullable: true })
  targetGroupId: string | null;

  @Field(() => ID, { nullable: true })
  offerId: string | null;

  @Field(() => ID, { nullable: true })
  caseId: string | null;
}

/**
 * Publishes specialisation events after their transaction committed (topic id: the project).
 * Shared by the catalogue (target groups, criteria, providers) and assessment (cases, placements).
 */
export class SpecialisationEvents {
  constructor(private readonly appPubSub: AppPubSub) {}

  publish(
    type: SpecialisationEventType,
    subject: {
      projectId: string;
      targetGroupId?: string | null;
      offerId?: string | null;
      caseId?: string | null;
    },
  ): void {
    const payload: SpecialisationEventPayload = {
      type,
      projectId: subject.projectId,
      targetGroupId: subject.targetGroupId ?? null,
      offerId: subject.offerId ?? null,
      caseId: subject.caseId ?? null,
    };
    this.appPubSub.publish(Topic.SpecialisationEvent, payload.projectId, payload);
  }
}
