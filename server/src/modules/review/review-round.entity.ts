import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from '../documents/document.entity';

/** Default hearing period (høringsfrist): four weeks. */
export const DEFAULT_ROUND_DAYS = 28;

/**
 * A review round (høringsrunde) on a document: the chosen chapters, the hearing
 * list (organisations; their REVIEWER members may respond) and a deadline.
 * Whether it is open is derived from the deadline and the server's clock at
 * every check, so it closes by itself and survives restarts; closing early
 * moves the deadline to now.
 */
@ObjectType()
@Entity()
@Index(['documentId', 'deadline'])
export class ReviewRound {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document?: Document;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'The hearing letter (høringsbrev), plain text' })
  @Column({ type: 'text', default: '' })
  letter: string;

  @Field(() => [ID], { description: 'The chapters under review' })
  @Column({ type: 'uuid', array: true })
  chapterIds: string[];

  @Field(() => [ID], { description: 'The hearing list (høringsliste): organisations entitled to respond' })
  @Column({ type: 'uuid', array: true })
  organizationIds: string[];

  @Field(() => [ID], {
    description: 'Organisations on the hearing list that answered they have no remarks (ingen bemærkninger)',
  })
  @Column({ type: 'uuid', array: true, default: '{}' })
  noRemarksOrganizationIds: string[];

  @Field({ description: 'Høringsfrist; the round is open until then' })
  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Field({ description: 'A coordinator closed it before its original deadline' })
  @Column({ type: 'boolean', default: false })
  closedEarly: boolean;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  openedById: string;

  /**
   * Set once, by whichever instance claims the close (deadline passed or closed
   * early): the close event, the chapters' IN_REVIEW → REVISION and its audit
   * entry happen exactly once, in the transaction that set it.
   */
  @Column({ type: 'timestamptz', nullable: true })
  closeAnnouncedAt: Date | null;

  @Field({ description: 'When the round opened (start of the hearing period)' })
  @CreateDateColumn({ type: 'timestamptz' })
  openedAt: Date;
}

/** Open = before its deadline, by the server's clock now. */
export const isRoundOpen = (round: Pick<ReviewRound, 'deadline'>, now = new Date()) =>
  round.deadline.getTime() > now.getTime();
