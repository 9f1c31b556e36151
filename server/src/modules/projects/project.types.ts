import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity';
import { Membership, Role } from './membership.entity';

@ObjectType({ description: 'Members of one organisation within one role' })
export class OrganizationMembers {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => [Membership])
  members: Membership[];
}

@ObjectType({ description: 'Members of one role, by organisation' })
export class MemberGroup {
  @Field(() => Role)
  role: Role;

  @Field(() => [OrganizationMembers])
  organizations: OrganizationMembers[];
}

@ObjectType()
export class AddMemberResult {
  @Field(() => Membership)
  membership: Membership;

  @Field(() => String, {
    nullable: true,
    description: 'One-time link for a new user to set a password; show it to the coordinator',
  })
  inviteUrl: string | null;
}

@ObjectType({ description: 'What the caller may do in a project (each domain’s policy decides its part)' })
export class ProjectPermissions {
  /** The caller's membership, for the modules that add their fields to this type; not in the schema. */
  membership: Membership | null;

  /** The project, for the same. */
  projectId: string;

  @Field()
  manage: boolean;

  @Field({
    description:
      'Edit chapter text somewhere in the project; per chapter (the specialist-group scope) see Chapter.viewerCan',
  })
  editText: boolean;

  @Field()
  comment: boolean;

  @Field()
  dispose: boolean;

  @Field({
    description:
      'Approve chapters for my own organisation (an approver who writes); per chapter the document must also require my organisation',
  })
  approve: boolean;
}

export enum MembershipEventType {
  ADDED = 'ADDED',
  UPDATED = 'UPDATED',
  REMOVED = 'REMOVED',
}
registerEnumType(MembershipEventType, { name: 'MembershipEventType' });

@ObjectType()
export class MembershipEvent {
  @Field(() => MembershipEventType)
  type: MembershipEventType;

  @Field(() => ID)
  projectId: string;

  @Field(() => ID)
  membershipId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => Membership, { nullable: true, description: 'The membership now; null when removed' })
  membership: Membership | null;
}
