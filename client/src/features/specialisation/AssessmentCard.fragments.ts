import { graphql } from '../../lib/graphql';

/** One submitted assessment as its card shows it. */
export const ASSESSMENT_FIELDS = graphql(`
  fragment AssessmentFields on Assessment {
    id
    caseId
    level
    rationale
    submittedAt
    assessor {
      id
      name
    }
  }
`);
