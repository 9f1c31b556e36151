import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../projects/project.entity';
import { AssessmentCase } from './assessment-case.entity';
import { Offer } from '../catalogue/offer.entity';

/**
 * A confirmed placement (indplacering) of an offer on a level, one per confirmed
 * case. Rows are never changed: the offer's placement in force is its newest one,
 * so a revisit keeps the old placement until the new case is confirmed.
 */
@ObjectType()
@Entity({ name: 'placement' })
@Index(['offerId', 'confirmedAt'])
@Check('CHK_placement_level', '"level" BETWEEN 1 AND 3')
export class Placement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Project;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  offerId: string;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  offer?: Offer;

  @Index()
  @Column({ type: 'uuid' })
  targetGroupId: string;

  @Field(() => ID)
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCase, { onDelete: 'CASCADE' })
  case?: AssessmentCase;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'uuid' })
  confirmedById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  confirmedAt: Date;
}
