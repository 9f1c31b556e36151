import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../projects/project.entity';
import { Provider } from './provider.entity';
import { TargetGroup } from './target-group.entity';

export const MAX_OFFER_NAME_LENGTH = 200;
export const MAX_OFFER_DESCRIPTION_LENGTH = 2000;

/**
 * An offer (tilbud) of a provider for one target group: what is assessed and
 * placed on a level. Names are unique per provider and target group.
 */
@ObjectType()
@Entity({ name: 'offer' })
@Index(['providerId', 'targetGroupId', 'name'], { unique: true })
export class Offer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Denormalised from the provider so that access checks and overviews need one lookup. */
  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Project;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'CASCADE' })
  provider?: Provider;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  targetGroupId: string;

  @ManyToOne(() => TargetGroup, { onDelete: 'CASCADE' })
  targetGroup?: TargetGroup;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
