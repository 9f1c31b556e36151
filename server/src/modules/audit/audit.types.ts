import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { UUID } from '../../core/scalars';
import { AuditEvent } from '../../core/audit-event.entity';

@ArgsType()
export class AuditLogArgs {
  @Field(() => UUID)
  projectId: string;

  @Field(() => Int, { defaultValue: 50, description: '1 to 200' })
  @Min(1)
  @Max(200)
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(10_000_000)
  offset: number;
}

@ObjectType({ description: 'What an id in the audit log is called now' })
export class AuditName {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A page of the audit log, newest first' })
export class AuditLogPage {
  @Field(() => [AuditEvent])
  items: AuditEvent[];

  @Field(() => Int)
  totalCount: number;

  @Field()
  hasMore: boolean;

  @Field(() => [AuditName], {
    description: 'The names of the subjects, people, organisations and other things the page’s events name',
  })
  names: AuditName[];
}
