import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../projects/project.entity';

export const MAX_EVALUATION_NOTE_LENGTH = 10_000;

/** A note for the model's evaluation (evalueringsnotat), by a coordinator or author. */
@ObjectType()
@Entity({ name: 'evaluation_note' })
@Index(['projectId', 'createdAt'])
export class EvaluationNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Project;

  @Column({ type: 'uuid' })
  authorId: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
