import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Context } from '../../core/context';
import { byId } from '../../core/per-request';
import { Membership } from './membership.entity';
import { Project } from './project.entity';

/** Projects by id, one query per request however many fields ask. */
export function projectLoader(ctx: Context): DataLoader<string, Project> {
  return ctx.perRequest(projectLoader, () => {
    const db = ctx.container.get(DataSource);
    return new DataLoader<string, Project>(async (ids) =>
      byId(await db.getRepository(Project).findBy({ id: In([...ids]) }), ids, 'Project'),
    );
  });
}

/** The caller's membership of each project (null: not a member), one query per request. */
export function myMembershipLoader(ctx: Context): DataLoader<string, Membership | null> {
  return ctx.perRequest(myMembershipLoader, () => {
    const db = ctx.container.get(DataSource);
    const userId = ctx.user?.id;
    return new DataLoader<string, Membership | null>(async (projectIds) => {
      if (!userId) return projectIds.map(() => null);
      const rows = await db.getRepository(Membership).findBy({ userId, projectId: In([...projectIds]) });
      return projectIds.map((id) => rows.find((m) => m.projectId === id) ?? null);
    });
  });
}

/** Each project's members with their users, one query per request. */
export function projectMembersLoader(ctx: Context): DataLoader<string, Membership[]> {
  return ctx.perRequest(projectMembersLoader, () => {
    const db = ctx.container.get(DataSource);
    return new DataLoader<string, Membership[]>(async (projectIds) => {
      const rows = await db
        .getRepository(Membership)
        .find({ where: { projectId: In([...projectIds]) }, relations: { user: true } });
      return projectIds.map((id) => rows.filter((m) => m.projectId === id));
    });
  });
}
