import { graphql } from '../../lib/graphql';

/** Where one approving organisation stands on a chapter: state, who and when. */
export const APPROVAL_FIELDS = graphql(`
  fragment ApprovalFields on OrganizationApproval {
    chapterId
    organizationId
    state
    decidedAt
    reason
    dismissedAt
    dismissedReason
    contentFingerprint
    versionId
    decidedBy {
      id
      name
    }
    approvers {
      id
      name
    }
    organization {
      id
      name
      shortName
    }
  }
`);
