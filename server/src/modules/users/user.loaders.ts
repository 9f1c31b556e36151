import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Context } from '../../core/context';
import { byId } from '../../core/per-request';
import { User } from './user.entity';

/** Users by id, one query per request however many fields ask. */
export function userLoader(ctx: Context): DataLoader<string, User> {
  return ctx.perRequest(userLoader, () => {
    const db = ctx.container.get(DataSource);
    return new DataLoader<string, User>(async (ids) =>
      byId(await db.getRepository(User).findBy({ id: In([...ids]) }), ids, 'User'),
    );
  });
}
