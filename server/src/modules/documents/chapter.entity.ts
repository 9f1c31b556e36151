import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Document } from './document.entity';

export enum ChapterStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  REVISION = 'REVISION',
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ChapterStatus, { name: 'ChapterStatus' });

@ObjectType()
@Entity()
@Index(['documentId', 'position'])
export class Chapter {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document?: Document;

  /** Denormalised from the document so that access checks need one lookup. */
  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => Int, { description: '0-based order within the document' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => ChapterStatus)
  @Column({ type: 'enum', enum: ChapterStatus, default: ChapterStatus.DRAFT })
  status: ChapterStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
