import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whom to ask for a new link when an invitation link is used or has expired' })
export class InvitationContact {
  @Field({ description: 'True when the link was used; false when it expired unused' })
  used: boolean;

  @Field(() => String, { nullable: true, description: 'Who made the invitation; null when no longer known' })
  inviterName: string | null;

  @Field(() => String, { nullable: true })
  inviterOrganization: string | null;

  @Field(() => String, { nullable: true, description: 'The project the invitation was for, if any' })
  projectTitle: string | null;
}
