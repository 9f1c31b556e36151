import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AuditService } from './audit.service';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { AuditLogArgs, AuditLogPage } from './audit.types';

@Resolver()
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Authorized()
  @Query(() => AuditLogPage, { description: 'The project’s audit log, newest first; coordinators only' })
  auditLog(@Args() { projectId, limit, offset }: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditLogPage> {
    return this.auditService.page(ctx.user!, projectId, limit, offset);
  }

  @Authorized()
  @Query(() => String, {
    description: 'The whole audit log as CSV (oldest first, at most 100 000 rows); coordinators only',
  })
  auditLogCsv(@Arg('projectId', () => UUID) projectId: string, @Ctx() ctx: Context): Promise<string> {
    return this.auditService.csv(ctx.user!, projectId);
  }
}
