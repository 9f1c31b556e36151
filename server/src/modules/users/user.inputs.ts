import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UUID } from '../../core/scalars';

@InputType()
export class CreateUserInput {
  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @MaxLength(254)
  @IsEmail()
  email: string;

  @Field(() => UUID)
  organizationId: string;

  @Field({ defaultValue: false })
  isSystemAdmin: boolean;

  @Field({ defaultValue: false, description: 'May start projects' })
  canStartProjects: boolean;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  organizationId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  isSystemAdmin?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'May start projects' })
  @IsOptional()
  canStartProjects?: boolean;
}
