import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

export enum NotificationKind {
  APPROVAL_REQUESTED = 'APPROVAL_REQUESTED',
  APPROVAL_DISMISSED = 'APPROVAL_DISMISSED',
  /** To coordinators: an edition's follow-up (+1 year) is due. */
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
  /** To coordinators: an edition's revision (+3 years) is due. */
  REVISION_DUE = 'REVISION_DUE',
  /** Someone @-mentioned the user in a comment (data: commentId, documentId). */
  MENTIONED = 'MENTIONED',
  /** A review round opened (to its hearing list's reviewers and the working group; data: roundId, deadline …). */
  ROUND_OPENED = 'ROUND_OPENED',
  /** 48 hours or less remain (once per round per reviewer whose organisation has not responded). */
  ROUND_CLOSING_SOON = 'ROUND_CLOSING_SOON',
  /** The working group gave the user's round comment a disposition (data: commentId, disposition …). */
  COMMENT_DISPOSED = 'COMMENT_DISPOSED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'The server sends the kind and data; the client words them',
});

@ObjectType()
@Entity()
@Index(['userId', 'createdAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind })
  kind: NotificationKind;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  chapterId: string | null;

  @Field(() => ID, { nullable: true, description: 'Who caused it; null for the system' })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Kind-specific values, e.g. chapterTitle, organizationId' })
  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
