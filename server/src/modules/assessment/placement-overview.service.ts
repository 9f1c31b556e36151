import { In, type DataSource } from 'typeorm';
import { log } from '../../core/logger';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { AssessmentCaseStatus, LEVELS } from './assessment-case-state';
import { AssessmentCase } from './assessment-case.entity';
import { csvCell } from '../catalogue/csv';
import type { AssessmentService } from './assessment.service';
import { Offer } from '../catalogue/offer.entity';
import { DanishRegion, Provider, ProviderType } from '../catalogue/provider.entity';
import { TargetGroup } from '../catalogue/target-group.entity';
import type { PlacementCell, PlacementOverview } from './placement-overview.types';
import type { PlacementFilter } from '../catalogue/catalogue.inputs';

const REGION_DA: Record<DanishRegion, string> = {
  [DanishRegion.HOVEDSTADEN]: 'Hovedstaden',
  [DanishRegion.SJAELLAND]: 'Sjælland',
  [DanishRegion.SYDDANMARK]: 'Syddanmark',
  [DanishRegion.MIDTJYLLAND]: 'Midtjylland',
  [DanishRegion.NORDJYLLAND]: 'Nordjylland',
};
const TYPE_DA: Record<ProviderType, string> = {
  [ProviderType.MUNICIPAL]: 'kommunal',
  [ProviderType.REGIONAL]: 'regional',
  [ProviderType.PRIVATE]: 'privat',
  [ProviderType.SELF_OWNING]: 'selvejende',
};
const STATUS_DA: Record<AssessmentCaseStatus, string> = {
  [AssessmentCaseStatus.AWAITING_ASSESSMENTS]: 'afventer vurderinger',
  [AssessmentCaseStatus.AGREED]: 'enige',
  [AssessmentCaseStatus.DISAGREED]: 'uenige',
  [AssessmentCaseStatus.SETTLED]: 'afklaret',
  [AssessmentCaseStatus.PLACED]: 'indplaceret',
  [AssessmentCaseStatus.SUPERSEDED]: 'erstattet',
};

const CSV_HEADER = ['navn', 'cvr', 'kommune', 'region', 'type', 'målgruppe', 'tilbud', 'status', 'niveau'];

/**
 * The placement matrix (providers × offers per target group), with counts per
 * target group and level: a handful of set-based queries, never one per row.
 */
export class PlacementOverviewService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly assessments: AssessmentService,
  ) {}

  async overview(
    user: User,
    projectId: string,
    filter: PlacementFilter | null = null,
  ): Promise<PlacementOverview> {
    await this.memberships.require(user, projectId, 'read');
    const targetGroups = await this.db.getRepository(TargetGroup).find({
      where: { projectId, ...(filter?.targetGroupId ? { id: filter.targetGroupId } : {}) },
      order: { name: 'ASC' },
    });
    const providers = (
      await this.db.getRepository(Provider).find({
        where: {
          projectId,
          ...(filter?.region ? { region: filter.region } : {}),
          ...(filter?.providerType ? { type: filter.providerType } : {}),
        },
      })
    ).sort((a, b) => a.name.localeCompare(b.name, 'da') || a.cvr.localeCompare(b.cvr));
    const offers =
      providers.length && targetGroups.length
        ? (
            await this.db.getRepository(Offer).find({
              where: {
                projectId,
                providerId: In(providers.map((p) => p.id)),
                targetGroupId: In(targetGroups.map((g) => g.id)),
              },
            })
          ).sort(
            (a, b) =>
              targetGroups.findIndex((g) => g.id === a.targetGroupId) -
                targetGroups.findIndex((g) => g.id === b.targetGroupId) || a.name.localeCompare(b.name, 'da'),
          )
        : [];
    const offerIds = offers.map((o) => o.id);
    const latest = offerIds.length
      ? await this.db
          .getRepository(AssessmentCase)
          .createQueryBuilder('c')
          .distinctOn(['c."offerId"'])
          .where({ offerId: In(offerIds) })
          .orderBy('c."offerId"')
          .addOrderBy('c.sequence', 'DESC')
          .getMany()
      : [];
    const placements = await this.assessments.placementsInForce(offerIds);
    const statusOf = new Map(latest.map((c) => [c.offerId, c.status]));
    const levelOf = new Map(placements.map((p) => [p.offerId, p.level]));
    const cellsOf = new Map<string, PlacementCell[]>();
    for (const offer of offers) {
      const cells = cellsOf.get(offer.providerId) ?? [];
      cells.push({
        targetGroupId: offer.targetGroupId,
        offerId: offer.id,
        offerName: offer.name,
        status: statusOf.get(offer.id) ?? null,
        level: levelOf.get(offer.id) ?? null,
      });
      cellsOf.set(offer.providerId, cells);
    }
    // Filtering by target group shows only the providers with an offer for it.
    const rows = providers
      .filter((p) => !filter?.targetGroupId || cellsOf.has(p.id))
      .map((provider) => ({ provider, cells: cellsOf.get(provider.id) ?? [] }));
    const counts = targetGroups.flatMap((g) =>
      LEVELS.map((level) => ({
        targetGroupId: g.id,
        level,
        count: offers.filter((o) => o.targetGroupId === g.id && levelOf.get(o.id) === level).length,
      })),
    );
    return { targetGroups, rows, counts, unplaced: offers.filter((o) => !levelOf.has(o.id)).length };
  }

  /**
   * The overview as CSV: `;`, formulas neutralised like the audit CSV, one line per offer
   * (a provider without offers gets one line without one).
   */
  async csv(user: User, projectId: string, filter: PlacementFilter | null = null): Promise<string> {
    const { targetGroups, rows } = await this.overview(user, projectId, filter);
    const groupName = new Map(targetGroups.map((g) => [g.id, g.name]));
    const lines = [CSV_HEADER.join(';')];
    for (const { provider, cells } of rows) {
      const base = [
        provider.name,
        provider.cvr,
        provider.municipality,
        REGION_DA[provider.region],
        TYPE_DA[provider.type],
      ];
      const offerCells = cells.length ? cells : [null];
      for (const cell of offerCells)
        lines.push(
          [
            ...base,
            cell ? (groupName.get(cell.targetGroupId) ?? '') : '',
            cell?.offerName ?? '',
            cell ? (cell.status ? STATUS_DA[cell.status] : 'ikke vurderet') : '',
            cell?.level ? String(cell.level) : '',
          ]
            .map((value) => csvCell(value))
            .join(';'),
        );
    }
    log.security('placement-overview.exported', { projectId, by: user.id, rows: lines.length - 1 });
    return lines.join('\r\n') + '\r\n';
  }
}
