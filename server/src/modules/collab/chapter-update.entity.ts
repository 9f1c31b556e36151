import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Chapter } from '../documents/chapter.entity';
import { User } from '../users/user.entity';

/**
 * The append-only log of Yjs updates of a chapter: every accepted update is
 * written here before the server applies and acknowledges it, and folded into
 * a ChapterSnapshot in the background.
 */
@Entity({ name: 'chapter_update' })
@Index(['chapterId', 'seq'])
export class ChapterUpdate {
  /** bigint comes back from pg as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'uuid' })
  chapterId: string;

  @ManyToOne(() => Chapter, { onDelete: 'CASCADE' })
  chapter?: Chapter;

  @Column({ type: 'bytea' })
  update: Buffer;

  /** Who sent it; null once the user is deleted. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
