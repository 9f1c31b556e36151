import type { EntityManager } from 'typeorm';
import { forbidden } from '../../core/errors';
import { log } from '../../core/logger';
import { Membership } from '../projects/membership.entity';
import { canAssessment, type AssessmentAction } from './assessment.policy';
import { Specialist } from '../catalogue/specialist.entity';

export interface AssessmentViewer {
  member: Membership | null;
  /** The target groups whose specialist group the member is in. */
  specialistGroupIds: Set<string>;
}

/** The caller's membership of the project and their specialist groups, in one round trip each. */
export async function loadViewer(
  em: EntityManager,
  userId: string,
  projectId: string,
): Promise<AssessmentViewer> {
  const member = await em.getRepository(Membership).findOneBy({ userId, projectId });
  if (!member) return { member: null, specialistGroupIds: new Set() };
  const rows = await em.getRepository(Specialist).find({ where: { membershipId: member.id } });
  return { member, specialistGroupIds: new Set(rows.map((r) => r.targetGroupId)) };
}

export const viewerCan = (viewer: AssessmentViewer, action: AssessmentAction, targetGroupId: string) =>
  canAssessment(viewer.member, [...viewer.specialistGroupIds], action, targetGroupId);

/** FORBIDDEN (logged as a security event) unless the member may; the caller has already ruled out non-members. */
export function assertViewerCan(
  viewer: AssessmentViewer,
  action: AssessmentAction,
  targetGroupId: string,
  userId: string,
  projectId: string,
): void {
  if (viewerCan(viewer, action, targetGroupId)) return;
  log.security('authz.denied', {
    userId,
    projectId,
    action: `specialisation.${action}`,
    role: viewer.member?.role ?? null,
    targetGroupId,
  });
  throw forbidden(
    action === 'assess'
      ? 'Only the specialist group of the offer’s target group assesses it'
      : action === 'settle'
        ? 'Only a coordinator or the target group’s specialists settle a disagreement'
        : action === 'confirm'
          ? 'Only a coordinator confirms or revisits a placement'
          : 'You may not do that',
  );
}
