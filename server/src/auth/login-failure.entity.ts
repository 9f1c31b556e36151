import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed login, keyed by account ("email:…") and by address ("ip:…"); read by the throttle. */
@Entity()
@Index(['key', 'at'])
export class LoginFailure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  key: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
