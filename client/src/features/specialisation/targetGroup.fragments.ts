import { graphql } from '../../lib/graphql';

/** A target group as the lists and its page head show it, with what the caller may do. */
export const TARGET_GROUP_SUMMARY = graphql(`
  fragment TargetGroupSummary on TargetGroup {
    id
    projectId
    name
    description
    documentId
    offerCount
    viewerIsSpecialist
    viewerCan {
      assess
      editCriteria
      settle
    }
  }
`);
