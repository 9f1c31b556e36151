import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Context } from '../../core/context';
import { byId } from '../../core/per-request';
import { LevelCriterionService } from './level-criterion.service';
import { Membership } from '../projects/membership.entity';
import type { LevelCriterionVersion } from './level-criterion-version.entity';
import { Offer } from './offer.entity';
import { Provider } from './provider.entity';
import { Specialist } from './specialist.entity';
import { TargetGroup } from './target-group.entity';

export interface CatalogueLoaders {
  targetGroup: DataLoader<string, TargetGroup>;
  targetGroupByDocument: DataLoader<string, TargetGroup | null>;
  targetGroupsByProject: DataLoader<string, TargetGroup[]>;
  specialists: DataLoader<string, Membership[]>;
  /** The caller's specialist groups in a project (key: project id); [] for non-members. */
  myGroups: DataLoader<string, string[]>;
  /** The TARGET_GROUP documents of the caller's specialist groups in a project (key: project id). */
  myGroupDocuments: DataLoader<string, string[]>;
  criteriaVersions: DataLoader<string, LevelCriterionVersion[]>;
  offerCount: DataLoader<string, number>;
  provider: DataLoader<string, Provider>;
  offersByProvider: DataLoader<string, Offer[]>;
}

/** One loader per relation per request. */
export function catalogueLoaders(ctx: Context): CatalogueLoaders {
  return ctx.perRequest(catalogueLoaders, () => createCatalogueLoaders(ctx));
}

function createCatalogueLoaders(ctx: Context): CatalogueLoaders {
  const db = ctx.container.get(DataSource);
  const myGroupRows = async (projectIds: readonly string[]) => {
    if (!ctx.user) return projectIds.map(() => []);
    const rows: { projectId: string; targetGroupId: string; documentId: string }[] = await db.query(
      `SELECT m."projectId", s."targetGroupId", tg."documentId"
         FROM specialist s JOIN membership m ON m.id = s."membershipId" JOIN target_group tg ON tg.id = s."targetGroupId"
        WHERE m."userId" = $1 AND m."projectId" = ANY($2)`,
      [ctx.user.id, [...projectIds]],
    );
    return projectIds.map((id) => rows.filter((r) => r.projectId === id));
  };
  return {
    targetGroup: new DataLoader(async (ids) =>
      byId(await db.getRepository(TargetGroup).findBy({ id: In([...ids]) }), ids, 'TargetGroup'),
    ),
    targetGroupByDocument: new DataLoader(async (documentIds) => {
      const groups = await db.getRepository(TargetGroup).findBy({ documentId: In([...documentIds]) });
      return documentIds.map((id) => groups.find((g) => g.documentId === id) ?? null);
    }),
    targetGroupsByProject: new DataLoader(async (projectIds) => {
      const groups = await db
        .getRepository(TargetGroup)
        .find({ where: { projectId: In([...projectIds]) }, order: { name: 'ASC' } });
      return projectIds.map((id) => groups.filter((g) => g.projectId === id));
    }),
    specialists: new DataLoader(async (groupIds) => {
      const rows = await db
        .getRepository(Specialist)
        .find({ where: { targetGroupId: In([...groupIds]) }, order: { createdAt: 'ASC' } });
      const members = rows.length
        ? await db.getRepository(Membership).findBy({ id: In(rows.map((r) => r.membershipId)) })
        : [];
      const byMembership = new Map(members.map((m) => [m.id, m]));
      return groupIds.map((id) =>
        rows
          .filter((r) => r.targetGroupId === id)
          .map((r) => byMembership.get(r.membershipId))
          .filter((m): m is Membership => m !== undefined),
      );
    }),
    myGroups: new DataLoader(async (projectIds) =>
      (await myGroupRows(projectIds)).map((rows) => rows.map((r) => r.targetGroupId)),
    ),
    myGroupDocuments: new DataLoader(async (projectIds) =>
      (await myGroupRows(projectIds)).map((rows) => rows.map((r) => r.documentId)),
    ),
    criteriaVersions: new DataLoader(async (groupIds) => {
      const versions = await ctx.container.get(LevelCriterionService).versionsOf(groupIds);
      return groupIds.map((id) => versions.filter((v) => v.targetGroupId === id));
    }),
    offerCount: new DataLoader(async (groupIds) => {
      const rows: { targetGroupId: string; n: string }[] = await db.query(
        `SELECT "targetGroupId", count(*) AS n FROM offer WHERE "targetGroupId" = ANY($1) GROUP BY "targetGroupId"`,
        [[...groupIds]],
      );
      return groupIds.map((id) => Number(rows.find((r) => r.targetGroupId === id)?.n ?? 0));
    }),
    provider: new DataLoader(async (ids) =>
      byId(await db.getRepository(Provider).findBy({ id: In([...ids]) }), ids, 'Provider'),
    ),
    offersByProvider: new DataLoader(async (providerIds) => {
      const offers = await db
        .getRepository(Offer)
        .find({ where: { providerId: In([...providerIds]) }, order: { name: 'ASC' } });
      return providerIds.map((id) => offers.filter((o) => o.providerId === id));
    }),
  };
}
