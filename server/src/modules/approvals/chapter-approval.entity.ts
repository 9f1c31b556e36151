import { registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Chapter } from '../documents/chapter.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';

export enum ApprovalDecision {
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}
registerEnumType(ApprovalDecision, { name: 'ApprovalDecision' });

/**
 * One organisation's decision on one chapter, tied to the exact content it was
 * given on (`contentFingerprint`). Rows are never deleted: a later decision of
 * the same organisation supersedes it, a later text change dismisses an approval.
 * The current decision per (chapter, organisation) is the one not superseded.
 */
@Entity({ name: 'chapter_approval' })
@Index(['chapterId', 'organizationId'], { unique: true, where: '"supersededAt" IS NULL' })
export class ChapterApproval {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  chapterId: string;

  @ManyToOne(() => Chapter, { onDelete: 'CASCADE' })
  chapter?: Chapter;

  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization?: Organization;

  /** Who decided; null once the user is deleted. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  user?: User;

  @Column({ type: 'enum', enum: ApprovalDecision })
  decision: ApprovalDecision;

  /** Required when changes are requested. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** SHA-256 of the chapter's Yjs snapshot (state vector + delete set) the decision was given on. */
  @Column({ type: 'text' })
  contentFingerprint: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set when the text changed after this approval: kept, shown as dismissed. */
  @Column({ type: 'timestamptz', nullable: true })
  dismissedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  dismissedReason: string | null;

  /** Set when the same organisation decided again. */
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
