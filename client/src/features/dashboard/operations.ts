import { graphql } from '../../lib/graphql';
import { APPROVAL_FIELDS } from '../approvals/approval.fragments';
import { DASHBOARD_ROUND_FIELDS } from './OpenRounds.fragments';

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
          openReviewRounds {
            ...DashboardRoundFields
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
            openCommentCount
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
  [APPROVAL_FIELDS, DASHBOARD_ROUND_FIELDS],
);

/** Refetched when a document's review events arrive: its open rounds and each chapter's open comments. */
export const DASHBOARD_REVIEW = graphql(
  `
    query DashboardReview($documentId: UUID!) {
      document(id: $documentId) {
        id
        openReviewRounds {
          ...DashboardRoundFields
        }
        chapters {
          id
          status
          openCommentCount
        }
      }
    }
  `,
  [DASHBOARD_ROUND_FIELDS],
);
