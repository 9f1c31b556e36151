import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentCase } from './assessment-case.entity';

export const MAX_RATIONALE_LENGTH = 5000;

/**
 * One specialist's independent assessment (vurdering) of an offer: a level with
 * a rationale. Once per assessor and case (unique), two per case at most (the
 * service counts under a lock on the case's offer).
 */
@ObjectType()
@Entity({ name: 'assessment' })
@Index(['caseId', 'assessorId'], { unique: true })
@Check('CHK_assessment_level', '"level" BETWEEN 1 AND 3')
export class Assessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCase, { onDelete: 'CASCADE' })
  case?: AssessmentCase;

  @Index()
  @Column({ type: 'uuid' })
  assessorId: string;

  @Field(() => Int, { description: '1..3, 3 = most specialised' })
  @Column({ type: 'smallint' })
  level: number;

  @Field()
  @Column({ type: 'text' })
  rationale: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}
