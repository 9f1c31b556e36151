import { graphql } from '../../app/graphql';
import { APPROVAL_FIELDS } from '../approvals/operations';

/** Everything the coordinator dashboard shows, per document: chapters × approving organisations. */
export const DASHBOARD = graphql(
  `
    query Dashboard($projectId: UUID!) {
      project(id: $projectId) {
        id
        title
        viewerCan {
          manage
        }
        documents {
          id
          title
          kind
          approvingOrganizations {
            id
            name
            shortName
          }
          editions {
            id
            number
            publicationDate
            followUpDue
            followUpOverdue
            revisionDue
            revisionOverdue
            revisionStartedAt
          }
          chapters {
            id
            title
            status
            position
            documentId
            lastEditedAt
            lastEditedBy {
              id
              name
            }
            approvals {
              ...ApprovalFields
            }
          }
        }
      }
    }
  `,
  [APPROVAL_FIELDS],
);
