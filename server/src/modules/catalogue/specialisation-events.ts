import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  SpecialisationEventType,
  Topic,
  type AppPubSub,
  type SpecialisationEventPayload,
} from '../../core/pubsub';

export { SpecialisationEventType };

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
 * Publishes specialisation events after their transaction committed (topic id: the project): the one
 * publisher of the catalogue's (target groups, criteria, providers) and assessment's (cases, placements).
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
