import { Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password';

@InputType()
export class LoginInput {
  @Field()
  @Length(1, 254)
  email: string;

  @Field()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}

@InputType()
export class AcceptInviteInput {
  @Field()
  @Length(10, 100)
  token: string;

  @Field()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH)
  password: string;

  @Field(() => String, { nullable: true, description: 'Correct the name the inviter typed' })
  @MaxLength(200)
  name?: string | null;
}
