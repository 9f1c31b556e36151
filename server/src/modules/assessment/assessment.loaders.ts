import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Context } from '../../core/context';
import { byId } from '../../core/per-request';
import { AssessmentCase } from './assessment-case.entity';
import { Assessment } from './assessment.entity';
import { AssessmentService } from './assessment.service';
import { Offer } from '../catalogue/offer.entity';
import { Placement } from './placement.entity';

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

/**
 * This request's assessment loaders (one loader per relation per request: no query per row); the caller's
 * membership and specialist groups come from catalogueLoaders.
 */
export function assessmentLoaders(ctx: Context): AssessmentLoaders {
  return ctx.perRequest(assessmentLoaders, () =>
    createAssessmentLoaders(ctx.container.get(DataSource), ctx.container.get(AssessmentService)),
  );
}
