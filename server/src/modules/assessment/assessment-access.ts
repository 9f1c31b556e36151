import { forbidden } from '../../core/errors';
import { log } from '../../core/logger';
import type { SpecialisationCaller } from '../catalogue/catalogue-access';
import { canAssessment, type AssessmentAction } from './assessment.policy';

export const viewerCan = (viewer: SpecialisationCaller, action: AssessmentAction, targetGroupId: string) =>
  canAssessment(viewer.membership, viewer.groups, action, targetGroupId);

/** FORBIDDEN (logged as a security event) unless the member may; the caller has already ruled out non-members. */
export function assertViewerCan(
  viewer: SpecialisationCaller,
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
    role: viewer.membership?.role ?? null,
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
