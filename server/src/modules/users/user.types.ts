import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity';

@ObjectType({ description: 'A user who has not set a password yet, and the one-time link that lets them' })
export class InvitedUser {
  @Field(() => User)
  user: User;

  @Field({ description: 'Show this to the person who invites; no mail is sent' })
  inviteUrl: string;
}
