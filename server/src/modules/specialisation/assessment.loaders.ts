import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Context } from '../../app/context';
import { loadViewer, type AssessmentViewer } from './assessment-access';
import { AssessmentCase } from './assessment-case.entity';
import { Assessment } from './assessment.entity';
import { Offer } from './offer.entity';
import { Placement } from './placement.entity';
import { TargetGroup } from './target-group.entity';

const byId = <T extends { id: string }>(rows: T[], ids: readonly string[], what: string) => {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? new Error(`${what} ${id} not found`));
};

function createAssessmentLoaders(db: DataSource, userId: string | null) {
  return {
    /** The caller's membership and specialist groups per project. */
    viewer: new DataLoader<string, AssessmentViewer>((projectIds) =>
      Promise.all(
        projectIds.map((projectId) =>
          userId
            ? loadViewer(db.manager, userId, projectId)
            : Promise.resolve({ member: null, specialistGroupIds: new Set<string>() }),
        ),
      ),
    ),
    assessmentsByCase: new DataLoader<string, Assessment[]>(async (caseIds) => {
      const rows = await db
        .getRepository(Assessment)
        .find({ where: { caseId: In([...caseIds]) }, order: { submittedAt: 'ASC', id: 'ASC' } });
      return caseIds.map((id) => rows.filter((a) => a.caseId === id));
    }),
    /** Newest first. */
    casesByOffer: new DataLoader<string, AssessmentCase[]>(async (offerIds) => {
      const rows = await db
        .getRepository(AssessmentCase)
        .find({ where: { offerId: In([...offerIds]) }, order: { sequence: 'DESC' } });
      return offerIds.map((id) => rows.filter((c) => c.offerId === id));
    }),
    /** The placement in force: the offer's newest confirmed one. */
    placementByOffer: new DataLoader<string, Placement | null>(async (offerIds) => {
      const rows = await db
        .getRepository(Placement)
        .createQueryBuilder('p')
        .distinctOn(['p."offerId"'])
        .where({ offerId: In([...offerIds]) })
        .orderBy('p."offerId"')
        .addOrderBy('p."confirmedAt"', 'DESC')
        .addOrderBy('p.id', 'DESC')
        .getMany();
      return offerIds.map((id) => rows.find((p) => p.offerId === id) ?? null);
    }),
    offer: new DataLoader<string, Offer>(async (ids) =>
      byId(await db.getRepository(Offer).findBy({ id: In([...ids]) }), ids, 'Offer'),
    ),
    targetGroup: new DataLoader<string, TargetGroup>(async (ids) =>
      byId(await db.getRepository(TargetGroup).findBy({ id: In([...ids]) }), ids, 'TargetGroup'),
    ),
  };
}

export type AssessmentLoaders = ReturnType<typeof createAssessmentLoaders>;

// Keyed by the request's shared loaders object, so these live exactly as long as one request.
const perRequest = new WeakMap<object, AssessmentLoaders>();

/** This request's assessment loaders (one loader per relation per request: no query per row). */
export function assessmentLoaders(ctx: Context): AssessmentLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createAssessmentLoaders(ctx.services.db, ctx.user?.id ?? null);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
