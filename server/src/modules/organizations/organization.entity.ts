import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum OrganizationKind {
  AUTHORITY = 'AUTHORITY',
  INTEREST_ORGANISATION = 'INTEREST_ORGANISATION',
  EXPERTS = 'EXPERTS',
  PROVIDER = 'PROVIDER',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Authority (myndighed), user/interest organisation, experts, provider',
});

@ObjectType()
@Entity()
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text', unique: true })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short form, e.g. "KL" or "SST"' })
  @Column({ type: 'text', nullable: true })
  shortName: string | null;

  @Field(() => OrganizationKind)
  @Column({ type: 'enum', enum: OrganizationKind, default: OrganizationKind.AUTHORITY })
  kind: OrganizationKind;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
