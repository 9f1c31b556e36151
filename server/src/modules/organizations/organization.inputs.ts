import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrganizationKind } from './organization.entity';

@InputType()
export class OrganizationInput {
  @Field()
  @Length(2, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  shortName?: string | null;

  @Field(() => OrganizationKind, { defaultValue: OrganizationKind.AUTHORITY })
  kind: OrganizationKind;
}
