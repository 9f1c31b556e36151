import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ProjectKind {
  PATHWAY = 'PATHWAY',
  SPECIALISATION = 'SPECIALISATION',
}
registerEnumType(ProjectKind, {
  name: 'ProjectKind',
  description: 'A pathway description (forløbsbeskrivelse) or a specialisation-level model',
});

@ObjectType()
@Entity()
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ProjectKind)
  @Column({ type: 'enum', enum: ProjectKind, default: ProjectKind.PATHWAY })
  kind: ProjectKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD)' })
  @Column({ type: 'date', nullable: true })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD)' })
  @Column({ type: 'date', nullable: true })
  periodEnd: string | null;

  @Field()
  @Column({ type: 'text', default: '' })
  targetGroup: string;

  @Field()
  @Column({ type: 'text', default: '' })
  purpose: string;

  @Field()
  @Column({ type: 'text', default: '' })
  background: string;

  @Field()
  @Column({ type: 'text', default: '' })
  partners: string;

  @Field()
  @Column({ type: 'text', default: '' })
  funding: string;

  @Field()
  @Column({ type: 'text', default: '' })
  contactName: string;

  @Field()
  @Column({ type: 'text', default: '' })
  contactPhone: string;

  @Field()
  @Column({ type: 'text', default: '' })
  contactOffice: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
