import { FieldResolver, Resolver, Root } from 'type-graphql';
import { TargetGroupPermissions } from '../catalogue/catalogue.types';
import { ProjectPermissions } from '../projects/project.types';
import { canAssessment } from './assessment.policy';

/** The assessment policy's part of `TargetGroup.viewerCan`. */
@Resolver(() => TargetGroupPermissions)
export class TargetGroupAssessmentPermissionResolver {
  @FieldResolver(() => Boolean, {
    description: 'Assess its offers: its specialists (never reviewers or observers)',
  })
  assess(@Root() permissions: TargetGroupPermissions): boolean {
    const { caller, targetGroupId } = permissions;
    return canAssessment(caller.membership, caller.groups, 'assess', targetGroupId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Settle a disagreement about one of its offers: coordinators and its specialists',
  })
  settle(@Root() permissions: TargetGroupPermissions): boolean {
    const { caller, targetGroupId } = permissions;
    return canAssessment(caller.membership, caller.groups, 'settle', targetGroupId);
  }
}

/** The assessment policy's part of `Project.viewerCan`. */
@Resolver(() => ProjectPermissions)
export class ProjectAssessmentPermissionResolver {
  @FieldResolver(() => Boolean, {
    description: 'Read and write the specialisation evaluation (notes and report): coordinators and authors',
  })
  evaluate(@Root() permissions: ProjectPermissions): boolean {
    return canAssessment(permissions.membership, [], 'evaluate');
  }
}
