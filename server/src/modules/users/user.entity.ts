import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';

@ObjectType()
@Entity({ name: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  /** Stored lower-cased; unique. */
  @Field()
  @Index({ unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  organization?: Organization;

  /** Exposed by UserResolver to the user and to system admins only. */
  @Column({ type: 'boolean', default: false })
  isSystemAdmin: boolean;

  /** Granted by a system admin; exposed by UserResolver to the user and to system admins only. */
  @Column({ type: 'boolean', default: false })
  canStartProjects: boolean;

  /** argon2id; null until an invited user has set a password. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Field({ description: 'False while the user has an unaccepted invitation' })
  get isActive(): boolean {
    return this.passwordHash !== null;
  }

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

declare module '../../core/context' {
  /** The logged-in user of a request is a User. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds User's members to the kernel's Viewer
  interface Viewer extends User {}
}
