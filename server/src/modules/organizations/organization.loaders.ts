import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Context } from '../../core/context';
import { byId } from '../../core/per-request';
import { Organization } from './organization.entity';

/** Organisations by id, one query per request however many fields ask. */
export function organizationLoader(ctx: Context): DataLoader<string, Organization> {
  return ctx.perRequest(organizationLoader, () => {
    const db = ctx.container.get(DataSource);
    return new DataLoader<string, Organization>(async (ids) =>
      byId(await db.getRepository(Organization).findBy({ id: In([...ids]) }), ids, 'Organization'),
    );
  });
}
