import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { TargetGroup } from './target-group.entity';

export const SPECIALISATION_LEVELS = [1, 2, 3] as const;
export const MAX_CRITERION_HTML_LENGTH = 50_000;

/**
 * One saved version of what characterises a specialisation level for a target
 * group. Immutable; the newest version per (group, level) is the criterion in
 * force. The unique index makes two saves on the same base version collide.
 */
@ObjectType()
@Entity({ name: 'level_criterion_version' })
@Index(['targetGroupId', 'level', 'version'], { unique: true })
export class LevelCriterionVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  targetGroupId: string;

  @ManyToOne(() => TargetGroup, { onDelete: 'CASCADE' })
  targetGroup?: TargetGroup;

  @Field(() => Int, { description: '1..3, 3 = most specialised' })
  @Column({ type: 'int' })
  level: number;

  @Field(() => Int, { description: '1 for the first save, +1 per save' })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'Sanitized rich text' })
  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
