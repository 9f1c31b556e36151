import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what, when and from where, in a project. Append-only, written in the
 * same transaction as the change it records; no foreign keys so the record
 * outlives what it names.
 */
@ObjectType()
@Entity({ name: 'audit_event' })
@Index(['projectId', 'at'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'e.g. chapter.submitted, approval.given, approval.dismissed, member.added' })
  @Column({ type: 'text' })
  action: string;

  @Field({ description: 'e.g. Chapter, Membership, Document' })
  @Column({ type: 'text' })
  subjectType: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'The caller’s address; null for system actions' })
  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
