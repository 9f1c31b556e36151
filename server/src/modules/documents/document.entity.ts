import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../projects/project.entity';

export enum DocumentKind {
  PATHWAY = 'PATHWAY',
  TARGET_GROUP = 'TARGET_GROUP',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'Forløbsbeskrivelse (PATHWAY) or målgruppebeskrivelse (TARGET_GROUP)',
});

@ObjectType()
@Entity()
export class Document {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Project;

  @Field(() => DocumentKind)
  @Column({ type: 'enum', enum: DocumentKind })
  kind: DocumentKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
