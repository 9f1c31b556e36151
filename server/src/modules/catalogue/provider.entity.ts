import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Project } from '../projects/project.entity';

export enum ProviderType {
  MUNICIPAL = 'MUNICIPAL',
  REGIONAL = 'REGIONAL',
  PRIVATE = 'PRIVATE',
  SELF_OWNING = 'SELF_OWNING',
}
registerEnumType(ProviderType, {
  name: 'ProviderType',
  description: 'kommunal, regional, privat, selvejende',
});

export enum DanishRegion {
  HOVEDSTADEN = 'HOVEDSTADEN',
  SJAELLAND = 'SJAELLAND',
  SYDDANMARK = 'SYDDANMARK',
  MIDTJYLLAND = 'MIDTJYLLAND',
  NORDJYLLAND = 'NORDJYLLAND',
}
registerEnumType(DanishRegion, { name: 'DanishRegion' });

export const MAX_PROVIDER_NAME_LENGTH = 200;
export const MAX_MUNICIPALITY_LENGTH = 100;

/** A provider (leverandør) of social services in a specialisation project; its CVR is unique there. */
@ObjectType()
@Entity({ name: 'provider' })
@Index(['projectId', 'cvr'], { unique: true })
export class Provider {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Project;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: '8 digits, modulus-11 valid' })
  @Column({ type: 'varchar', length: 8 })
  cvr: string;

  @Field()
  @Column({ type: 'text' })
  municipality: string;

  @Field(() => DanishRegion)
  @Column({ type: 'enum', enum: DanishRegion })
  region: DanishRegion;

  @Field(() => ProviderType)
  @Column({ type: 'enum', enum: ProviderType })
  type: ProviderType;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
