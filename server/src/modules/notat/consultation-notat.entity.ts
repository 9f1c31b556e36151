import { registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ReviewRound } from '../review/review-round.entity';

export enum NotatStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}
registerEnumType(NotatStatus, {
  name: 'NotatStatus',
  description: 'A draft the coordinator edits, or a finalised (frozen) version',
});

/** The coordinator's wording of one subject (emne) in section 2; an empty or missing text uses the default. */
export interface SubjectEdit {
  heading?: string;
  summary?: string;
  comment?: string;
}

/**
 * One version of a round's høringsnotat. A draft keeps the coordinator's edits and is built from the
 * round's responses when read; finalising stores the whole notat (`content`) and it never changes again.
 * A new draft after that becomes the next version.
 */
@Entity({ name: 'consultation_notat' })
@Unique(['roundId', 'version'])
export class ConsultationNotatRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ReviewRound, { onDelete: 'CASCADE' })
  round?: ReviewRound;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: NotatStatus, default: NotatStatus.DRAFT })
  status: NotatStatus;

  @Column({ type: 'jsonb', default: {} })
  edits: Record<string, SubjectEdit>;

  /** The notat as finalised (NotatContent as JSON); null while a draft. */
  @Column({ type: 'jsonb', nullable: true })
  content: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', nullable: true })
  finalisedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  finalisedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
