import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Context } from '../../core/context';
import { byId } from '../../core/per-request';
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
