import { Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UUID } from '../../core/scalars';

/** Longest reason for requesting changes. */
export const MAX_REASON_LENGTH = 4000;

@InputType()
export class ApproveChapterInput {
  @Field(() => UUID)
  chapterId: string;

  @Field(() => UUID, { description: 'The organisation I approve for: must be my own' })
  organizationId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Chapter.contentFingerprint of the text I read; CONFLICT if the text has changed since',
  })
  @MaxLength(128)
  contentFingerprint?: string | null;
}

@InputType()
export class RequestChapterChangesInput {
  @Field(() => UUID)
  chapterId: string;

  @Field(() => UUID, { description: 'The organisation I speak for: must be my own' })
  organizationId: string;

  @Field({ description: `What must change; 1 to ${MAX_REASON_LENGTH} characters` })
  @Length(1, MAX_REASON_LENGTH)
  reason: string;
}
