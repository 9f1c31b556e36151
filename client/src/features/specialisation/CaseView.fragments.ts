import { graphql } from '../../lib/graphql';
import { ASSESSMENT_FIELDS } from './AssessmentCard.fragments';

/** An assessment case as the case view and the case history show it. */
export const CASE_FIELDS = graphql(
  `
    fragment CaseFields on AssessmentCase {
      id
      offerId
      sequence
      status
      openedReason
      submittedCount
      viewerCan {
        assess
      }
      assessments {
        ...AssessmentFields
      }
      myAssessment {
        ...AssessmentFields
      }
      settledLevel
      settledRationale
      settledAt
      settledBy {
        id
        name
      }
      placedLevel
      confirmedAt
      confirmedBy {
        id
        name
      }
      createdAt
    }
  `,
  [ASSESSMENT_FIELDS],
);
