import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/** A one-time link that lets an invited user set a password. Only the token's SHA-256 is stored. */
@Entity()
export class Invite {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  /** The project whose coordinator made the invitation; null when a system admin did. */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  // Named, not imported: projects depend on users, so users must not import projects back.
  @ManyToOne('Project', { onDelete: 'SET NULL' })
  project?: unknown;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
