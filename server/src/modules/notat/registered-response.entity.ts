import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Comment } from '../review/comment.entity';

/** Largest PDF attachment of a response registered by the coordinator. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * A høringssvar a party sent by e-mail or letter, registered by the coordinator. The response itself is a
 * round comment of the party's organisation (so it is disposed of and reported like any other); this row
 * marks it as registered and holds the optional PDF it came with.
 */
@Entity({ name: 'registered_response' })
export class RegisteredResponse {
  @PrimaryColumn({ type: 'uuid' })
  commentId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commentId' })
  comment?: Comment;

  @Index()
  @Column({ type: 'uuid' })
  roundId: string;

  /** Not loaded unless asked for: only the download reads it. */
  @Column({ type: 'bytea', nullable: true, select: false })
  attachment: Buffer | null;

  @Column({ type: 'text', nullable: true })
  attachmentName: string | null;

  @Column({ type: 'int', nullable: true })
  attachmentSize: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
