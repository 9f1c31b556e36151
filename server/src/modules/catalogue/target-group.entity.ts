import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from '../documents/document.entity';
import { Project } from '../projects/project.entity';

export const MAX_TARGET_GROUP_NAME_LENGTH = 120;
export const MAX_TARGET_GROUP_DESCRIPTION_LENGTH = 2000;

/**
 * A target group (målgruppe) of a specialisation project, e.g. "Erhvervet
 * hjerneskade". Its description (målgruppebeskrivelse) is a TARGET_GROUP
 * document of the project, co-edited like any other; its specialist group is
 * the Specialist rows; its level criteria are LevelCriterionVersion rows.
 */
@ObjectType()
@Entity({ name: 'target_group' })
@Index(['projectId', 'name'], { unique: true })
export class TargetGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Project;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Short plain-text description of the group' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ID, { description: 'Its målgruppebeskrivelse (a Document of kind TARGET_GROUP)' })
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document?: Document;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
