import { graphql } from '../../lib/graphql';

/** A review round as the round pages show it: its chapters and hearing list. */
export const ROUND_FIELDS = graphql(`
  fragment RoundFields on ReviewRound {
    id
    title
    letter
    documentId
    projectId
    openedAt
    deadline
    isOpen
    closedEarly
    chapterIds
    organizationIds
    chapters {
      id
      title
    }
    hearingList {
      organization {
        id
        name
        shortName
      }
      reviewers {
        id
        name
      }
    }
  }
`);
