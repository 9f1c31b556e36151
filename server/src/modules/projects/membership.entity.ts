import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Project } from './project.entity';

export enum Role {
  COORDINATOR = 'COORDINATOR',
  AUTHOR = 'AUTHOR',
  REVIEWER = 'REVIEWER',
  OBSERVER = 'OBSERVER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'COORDINATOR (koordinator), AUTHOR (arbejdsgruppe), REVIEWER (referencegruppe), OBSERVER',
});

@ObjectType()
@Entity()
@Index(['projectId', 'userId'], { unique: true })
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Project;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role })
  role: Role;

  @Field({ description: 'May approve chapters on behalf of the member’s organisation' })
  @Column({ type: 'boolean', default: false })
  isApprover: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
