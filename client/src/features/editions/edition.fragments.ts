import { graphql } from '../../lib/graphql';

/** An edition as the editions list and the edition page show it. */
export const EDITION_FIELDS = graphql(`
  fragment EditionFields on Edition {
    id
    documentId
    number
    note
    publicationDate
    publishedAt
    followUpDue
    followUpOverdue
    revisionDue
    revisionOverdue
    revisionStartedAt
    publishedBy {
      id
      name
    }
  }
`);
