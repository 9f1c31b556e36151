import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { AuditLogArgs, AuditLogPage } from './audit.types';

@Resolver()
export class AuditResolver {
  @Authorized()
  @Query(() => AuditLogPage, { description: 'The project’s audit log, newest first; coordinators only' })
  auditLog(@Args() { projectId, limit, offset }: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditLogPage> {
    return ctx.services.audit.page(ctx.user!, projectId, limit, offset);
  }

  @Authorized()
  @Query(() => String, {
    description: 'The whole audit log as CSV (oldest first, at most 100 000 rows); coordinators only',
  })
  auditLogCsv(@Arg('projectId', () => UUID) projectId: string, @Ctx() ctx: Context): Promise<string> {
    return ctx.services.audit.csv(ctx.user!, projectId);
  }
}
