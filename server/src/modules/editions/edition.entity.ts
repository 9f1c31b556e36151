import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { User } from '../users/user.entity';

/**
 * A published edition (udgave) of a document: its chapters' text frozen as
 * PUBLICATION versions, with the follow-up (+1 year) and revision (+3 years at
 * the latest) deadlines counted from the publication date.
 */
@ObjectType()
@Entity()
@Index(['documentId', 'number'], { unique: true })
export class Edition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document?: Document;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @Field(() => Int, { description: '1 for the first edition of the document' })
  @Column({ type: 'int' })
  number: number;

  @Field({ description: 'ISO date (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  publicationDate: string;

  @Field({ description: 'Follow-up due (publication date + 1 year): do municipalities know and use it?' })
  @Column({ type: 'date' })
  followUpDue: string;

  @Field({ description: 'Revision due at the latest (publication date + 3 years)' })
  @Column({ type: 'date' })
  revisionDue: string;

  @Field()
  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  publishedBy?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a coordinator started the next revision from it' })
  @Column({ type: 'timestamptz', nullable: true })
  revisionStartedAt: Date | null;

  /** When the coordinators were told the follow-up is due (once per edition). */
  @Column({ type: 'timestamptz', nullable: true })
  followUpNotifiedAt: Date | null;

  /** When the coordinators were told the revision is due (once per edition). */
  @Column({ type: 'timestamptz', nullable: true })
  revisionNotifiedAt: Date | null;
}

/**
 * One chapter of an edition: its title, position and text as published. The
 * text is copied here (not referenced) so it outlives the live chapter.
 */
@ObjectType()
@Entity({ name: 'edition_chapter' })
@Index(['editionId', 'position'])
export class EditionChapter {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  edition?: Edition;

  @Field(() => ID, { nullable: true, description: 'Null once the live chapter is deleted; the text stays' })
  @Column({ type: 'uuid', nullable: true })
  chapterId: string | null;

  @ManyToOne(() => Chapter, { onDelete: 'SET NULL' })
  chapter?: Chapter;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field({ description: 'Plain text as published' })
  @Column({ type: 'text' })
  text: string;

  @Field({ description: 'Sanitized HTML as published' })
  @Column({ type: 'text' })
  html: string;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  json: Record<string, unknown>;

  @Field()
  @Column({ type: 'text' })
  contentFingerprint: string;
}
