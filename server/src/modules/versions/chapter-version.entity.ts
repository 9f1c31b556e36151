import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Chapter } from '../documents/chapter.entity';
import { User } from '../users/user.entity';

export enum VersionKind {
  MANUAL = 'MANUAL',
  SUBMISSION = 'SUBMISSION',
  APPROVAL = 'APPROVAL',
  PUBLICATION = 'PUBLICATION',
  /** The text when a review round opened: where its høringsnotat's changes start. */
  ROUND_START = 'ROUND_START',
  /** The text when a høringsnotat was finalised: where its changes end. */
  HEARING_NOTE = 'HEARING_NOTE',
}
registerEnumType(VersionKind, { name: 'VersionKind', description: 'Why the version was taken' });

/** An immutable named snapshot of a chapter: its Yjs state and the text rendered from it. */
@ObjectType()
@Entity({ name: 'chapter_version' })
@Index(['chapterId', 'createdAt'])
export class ChapterVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  chapterId: string;

  @ManyToOne(() => Chapter, { onDelete: 'CASCADE' })
  chapter?: Chapter;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => VersionKind)
  @Column({ type: 'enum', enum: VersionKind })
  kind: VersionKind;

  /** Y.encodeStateAsUpdate of the chapter at that moment (for restore). */
  @Column({ type: 'bytea' })
  state: Buffer;

  @Field({ description: 'Plain text: blocks separated by blank lines' })
  @Column({ type: 'text' })
  text: string;

  @Field({ description: 'Sanitized HTML rendered from the document schema' })
  @Column({ type: 'text' })
  html: string;

  @Field(() => GraphQLJSONObject, { description: 'ProseMirror JSON of the chapter schema' })
  @Column({ type: 'jsonb' })
  json: Record<string, unknown>;

  @Field(() => ID, {
    nullable: true,
    description: 'The review round a ROUND_START or HEARING_NOTE version belongs to',
  })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  roundId: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  wordCount: number;

  @Field()
  @Column({ type: 'text' })
  contentFingerprint: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
