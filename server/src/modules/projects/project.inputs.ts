import { IsEmail, IsISO8601, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UUID } from '../../core/scalars';
import { ProjectKind } from './project.entity';
import { Role } from './membership.entity';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class ProjectInput {
  @Field()
  @Length(3, 300)
  title: string;

  @Field(() => ProjectKind, { defaultValue: ProjectKind.PATHWAY })
  kind: ProjectKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'periodStart must be a date (YYYY-MM-DD)' })
  // strict: a date that does not exist (2021-02-30) is refused too.
  @IsISO8601({ strict: true }, { message: 'periodStart must be a real date (YYYY-MM-DD)' })
  periodStart?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'periodEnd must be a date (YYYY-MM-DD)' })
  // strict: a date that does not exist (2021-02-30) is refused too.
  @IsISO8601({ strict: true }, { message: 'periodEnd must be a real date (YYYY-MM-DD)' })
  periodEnd?: string | null;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  targetGroup: string;

  @Field({ defaultValue: '' })
  @MaxLength(10000)
  purpose: string;

  @Field({ defaultValue: '' })
  @MaxLength(10000)
  background: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  partners: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  funding: string;

  @Field({ defaultValue: '' })
  @MaxLength(200)
  contactName: string;

  @Field({ defaultValue: '' })
  @MaxLength(40)
  contactPhone: string;

  @Field({ defaultValue: '' })
  @MaxLength(300)
  contactOffice: string;
}

@InputType()
export class AddMemberInput {
  @Field(() => UUID)
  projectId: string;

  @Field()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @Field(() => Role)
  role: Role;

  @Field({ defaultValue: false })
  isApprover: boolean;

  @Field(() => String, { nullable: true, description: 'Required when the email is not a user yet' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => UUID, { nullable: true, description: 'Required when the email is not a user yet' })
  @IsOptional()
  organizationId?: string | null;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  isApprover?: boolean;
}
