import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Membership } from '../projects/membership.entity';
import { TargetGroup } from './target-group.entity';

/**
 * A member of a target group's specialist group (specialistgruppe): an AUTHOR
 * or COORDINATOR membership of the same project. Removing the membership (or
 * the group) removes the row.
 */
@Entity({ name: 'specialist' })
@Index(['targetGroupId', 'membershipId'], { unique: true })
export class Specialist {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  targetGroupId: string;

  @ManyToOne(() => TargetGroup, { onDelete: 'CASCADE' })
  targetGroup?: TargetGroup;

  @Index()
  @Column({ type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  membership?: Membership;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
