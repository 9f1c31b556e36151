import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Context } from '../../core/context';
import { AssessmentCase } from './assessment-case.entity';
import { Assessment } from './assessment.entity';
import type { AssessmentService } from './assessment.service';
import { Offer } from './offer.entity';
import { Placement } from './placement.entity';

const byId = <T extends { id: string }>(rows: T[], ids: readonly string[], what: string) => {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? new Error(`${what} ${id} not found`));
};

function createAssessmentLoaders(db: DataSource, assessments: AssessmentService) {
  return {
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
      const rows = await assessments.placementsInForce(offerIds);
      return offerIds.map((id) => rows.find((p) => p.offerId === id) ?? null);
    }),
    offer: new DataLoader<string, Offer>(async (ids) =>
      byId(await db.getRepository(Offer).findBy({ id: In([...ids]) }), ids, 'Offer'),
    ),
  };
}

export type AssessmentLoaders = ReturnType<typeof createAssessmentLoaders>;

// Keyed by the request's shared loaders object, so these live exactly as long as one request.
const perRequest = new WeakMap<object, AssessmentLoaders>();

/**
 * This request's assessment loaders (one loader per relation per request: no query per row); the caller's
 * membership and specialist groups come from specialisationLoaders.
 */
export function assessmentLoaders(ctx: Context): AssessmentLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createAssessmentLoaders(ctx.services.db, ctx.services.assessments);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
