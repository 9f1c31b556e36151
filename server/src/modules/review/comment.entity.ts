import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Chapter } from '../documents/chapter.entity';
import { ReviewRound } from './review-round.entity';

export enum Disposition {
  ACCEPTED = 'ACCEPTED',
  PARTLY_ACCEPTED = 'PARTLY_ACCEPTED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  NOTED = 'NOTED',
}
registerEnumType(Disposition, {
  name: 'Disposition',
  description: 'How the working group handled a comment (behandling): met, partly met, not met, noted',
});

export enum ProposalStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

/**
 * A comment (kommentar / høringssvar) on a chapter, or a reply in its thread.
 * A thread's first comment may be anchored to a text range by two Yjs relative
 * positions (so the range follows edits) and carry a change proposal.
 * Deleting is soft: the row (and the audit log) keeps the text.
 */
@ObjectType({ description: 'body, anchor, author, replies … are resolved in comment.resolver.ts' })
@Entity()
@Index(['chapterId', 'createdAt'])
@Index(['roundId'])
@Index(['reportRoundId'])
@Index(['parentId'])
@Index('IDX_comment_suggestion', ['chapterId', 'suggestionId'], {
  unique: true,
  where: '"suggestionId" IS NOT NULL',
})
export class Comment {
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

  @Field(() => ID)
  @Column({ type: 'uuid' })
  chapterId: string;

  @ManyToOne(() => Chapter, { onDelete: 'CASCADE' })
  chapter?: Chapter;

  /** The round a reviewer's thread belongs to; null for internal comments of the working group. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  roundId: string | null;

  @ManyToOne(() => ReviewRound, { onDelete: 'CASCADE' })
  round?: ReviewRound;

  /**
   * An internal comment the working group chose for this round's consultation
   * report (internal comments are outside the report unless chosen).
   */
  @Field(() => ID, {
    nullable: true,
    description:
      'The round whose consultation report includes this internal comment (chosen by the working group)',
  })
  @Column({ type: 'uuid', nullable: true })
  reportRoundId: string | null;

  @ManyToOne(() => ReviewRound, { onDelete: 'SET NULL' })
  reportRound?: ReviewRound;

  /** The thread's first comment; null for that comment itself (threads are one level deep). */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  parent?: Comment;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  authorId: string;

  /** The author's organisation when writing (what the hearing list and visibility go by). */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  organizationId: string;

  /** Written by the working group (coordinator or author), not a hearing response. */
  @Field()
  @Column({ type: 'boolean', default: false })
  internal: boolean;

  @Column({ type: 'text' })
  text: string;

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: '{}' })
  mentionedUserIds: string[];

  /** Y.encodeRelativePosition of the range's start and end; null = the whole chapter. */
  @Column({ type: 'bytea', nullable: true })
  anchorStart: Buffer | null;

  @Column({ type: 'bytea', nullable: true })
  anchorEnd: Buffer | null;

  /** The text of the range when the comment was written. */
  @Field(() => String, { nullable: true, description: 'The range’s text when the comment was written' })
  @Column({ type: 'text', nullable: true })
  quote: string | null;

  /** The range's text before an accepted proposal replaced it (the quote then follows the new text). */
  @Column({ type: 'text', nullable: true })
  replacedQuote: string | null;

  /**
   * The suggestion (marks in the chapter's text) this thread is about; its
   * quote is the suggested deletion and its proposal the suggested insertion.
   */
  @Field(() => String, { nullable: true, description: 'The in-text suggestion this thread is about' })
  @Column({ type: 'text', nullable: true })
  suggestionId: string | null;

  /** Replacement text for the range (ændringsforslag). */
  @Field(() => String, { nullable: true, description: 'Proposed replacement text for the range' })
  @Column({ type: 'text', nullable: true })
  proposal: string | null;

  @Field(() => ProposalStatus, { nullable: true })
  @Column({ type: 'enum', enum: ProposalStatus, nullable: true })
  proposalStatus: ProposalStatus | null;

  @Field(() => String, { nullable: true, description: 'Why a proposal was rejected' })
  @Column({ type: 'text', nullable: true })
  proposalReason: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  proposalDecidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  proposalDecidedAt: Date | null;

  @Field(() => Disposition, { nullable: true })
  @Column({ type: 'enum', enum: Disposition, nullable: true })
  disposition: Disposition | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  dispositionReply: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  disposedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  disposedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
