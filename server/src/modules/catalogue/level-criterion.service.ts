import { QueryFailedError, type DataSource } from 'typeorm';
import { assertFound, conflict } from '../../core/errors';
import type { ClientInfo } from '../../core/client-info';
import { recordAudit } from '../../core/audit';
import type { User } from '../users/user.entity';
import { sanitizeCriterionHtml } from './criterion-html';
import { LevelCriterionVersion, SPECIALISATION_LEVELS } from './level-criterion-version.entity';
import type { CatalogueAccess } from './catalogue-access';
import { SpecialisationEventType, type SpecialisationEvents } from './specialisation-events';
import type { SaveLevelCriterionInput } from './catalogue.inputs';
import { LevelCriterion } from './catalogue.types';
import { TargetGroup } from './target-group.entity';

/** Level criteria: per target group and level, versioned; saves are optimistic on the base version. */
export class LevelCriterionService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CatalogueAccess,
    private readonly events: SpecialisationEvents,
  ) {}

  /** Every version of the groups' criteria, newest first (for the criteria loader). */
  versionsOf(targetGroupIds: readonly string[]): Promise<LevelCriterionVersion[]> {
    return this.db
      .getRepository(LevelCriterionVersion)
      .createQueryBuilder('v')
      .where('v."targetGroupId" = ANY(:ids)', { ids: [...targetGroupIds] })
      .orderBy('v.level', 'ASC')
      .addOrderBy('v.version', 'DESC')
      .getMany();
  }

  /** The three criteria of a group, level 1..3 in order, from its versions (any order). */
  criteria(targetGroupId: string, versions: LevelCriterionVersion[]): LevelCriterion[] {
    return SPECIALISATION_LEVELS.map((level) => {
      const own = versions.filter((v) => v.level === level).sort((a, b) => b.version - a.version);
      const latest = own[0];
      return Object.assign(new LevelCriterion(), {
        level,
        html: latest?.html ?? '',
        version: latest?.version ?? 0,
        updatedAt: latest?.createdAt ?? null,
        updatedById: latest?.createdById ?? null,
        targetGroupId,
        versions: own,
      });
    });
  }

  async save(user: User, input: SaveLevelCriterionInput, client: ClientInfo): Promise<LevelCriterion> {
    const html = sanitizeCriterionHtml(input.html);
    const group = await this.db.transaction(async (em) => {
      const group = assertFound(
        await em.getRepository(TargetGroup).findOneBy({ id: input.targetGroupId }),
        'TargetGroup',
      );
      await this.access.require(user, group.projectId, 'saveCriterion', group.id, em);
      const latest = await em.getRepository(LevelCriterionVersion).findOne({
        where: { targetGroupId: group.id, level: input.level },
        order: { version: 'DESC' },
      });
      const current = latest?.version ?? 0;
      if (input.baseVersion !== current)
        throw conflict('Someone saved this criterion since you started editing', {
          field: 'baseVersion',
          currentVersion: current,
        });
      try {
        // The unique (group, level, version) index makes a concurrent save on the same base fail here.
        await em.getRepository(LevelCriterionVersion).insert({
          targetGroupId: group.id,
          level: input.level,
          version: current + 1,
          html,
          createdById: user.id,
        });
      } catch (error) {
        if (
          error instanceof QueryFailedError &&
          (error as QueryFailedError & { code?: string }).code === '23505'
        )
          throw conflict('Someone saved this criterion since you started editing', {
            field: 'baseVersion',
            currentVersion: current + 1,
          });
        throw error;
      }
      await recordAudit(em, {
        projectId: group.projectId,
        actorId: user.id,
        action: 'criterion.saved',
        subjectType: 'TargetGroup',
        subjectId: group.id,
        details: { level: input.level, version: current + 1, length: html.length },
        ip: client.ip,
      });
      return group;
    });
    this.events.publish(SpecialisationEventType.CRITERION_SAVED, {
      projectId: group.projectId,
      targetGroupId: group.id,
    });
    const versions = await this.versionsOf([group.id]);
    return this.criteria(group.id, versions).find((c) => c.level === input.level)!;
  }
}
