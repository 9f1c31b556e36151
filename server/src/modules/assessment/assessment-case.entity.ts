import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../projects/project.entity';
import { AssessmentCaseStatus } from './assessment-case-state';
import { Offer } from '../catalogue/offer.entity';

export { AssessmentCaseStatus };
registerEnumType(AssessmentCaseStatus, {
  name: 'AssessmentCaseStatus',
  description:
    'AWAITING_ASSESSMENTS (fewer than two in), AGREED, DISAGREED (must be settled), SETTLED, PLACED (confirmed), SUPERSEDED',
});

/**
 * One round of assessing an offer (vurderingssag): two independent assessments,
 * a settlement if they disagree, and a coordinator's confirmation. An offer has
 * at most one open case (partial unique index); a revisit opens the next
 * sequence while the previous placement stays in force.
 */
@ObjectType()
@Entity({ name: 'assessment_case' })
@Index(['offerId', 'sequence'], { unique: true })
@Index('IDX_assessment_case_one_open_per_offer', ['offerId'], {
  unique: true,
  where: `"status" IN ('AWAITING_ASSESSMENTS', 'AGREED', 'DISAGREED', 'SETTLED')`,
})
export class AssessmentCase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Denormalised from the offer, so access checks and reports scope by it directly. */
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

  /** Denormalised from the offer (offers do not move between groups). */
  @Index()
  @Column({ type: 'uuid' })
  targetGroupId: string;

  @Field(() => Int, { description: '1 for the first case of an offer, 2 after the first revisit, ...' })
  @Column({ type: 'int' })
  sequence: number;

  @Field(() => AssessmentCaseStatus)
  @Column({ type: 'enum', enum: AssessmentCaseStatus, default: AssessmentCaseStatus.AWAITING_ASSESSMENTS })
  status: AssessmentCaseStatus;

  @Field(() => String, { nullable: true, description: 'Why it was revisited (null for the first)' })
  @Column({ type: 'text', nullable: true })
  openedReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  openedById: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  settledLevel: number | null;

  /** Exposed through a field resolver: only those who may see the assessments' contents. */
  @Column({ type: 'text', nullable: true })
  settledRationale: string | null;

  @Column({ type: 'uuid', nullable: true })
  settledById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  placedLevel: number | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
