import { CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { ReviewRound } from './review-round.entity';

/**
 * That a reviewer was told a round closes within 48 hours. The primary key
 * makes the reminder once per round per recipient, whichever instance sends it.
 */
@Entity({ name: 'review_round_reminder' })
export class ReviewRoundReminder {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ReviewRound, { onDelete: 'CASCADE' })
  round?: ReviewRound;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
