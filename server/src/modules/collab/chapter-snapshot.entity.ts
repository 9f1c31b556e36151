import { Column, Entity, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Chapter } from '../documents/chapter.entity';
import { User } from '../users/user.entity';

/** A chapter's Yjs state with every update up to the last compaction folded in. */
@Entity({ name: 'chapter_snapshot' })
export class ChapterSnapshot {
  @PrimaryColumn({ type: 'uuid' })
  chapterId: string;

  @ManyToOne(() => Chapter, { onDelete: 'CASCADE' })
  chapter?: Chapter;

  /** Y.encodeStateAsUpdate of the folded document. */
  @Column({ type: 'bytea' })
  state: Buffer;

  /** The last folded edit (the update log holds any later one). */
  @Column({ type: 'timestamptz', nullable: true })
  lastEditedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  lastEditedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  lastEditedBy?: User;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
