import { graphql } from '../../lib/graphql';

/** An offer's confirmed placement. */
export const PLACEMENT_FIELDS = graphql(`
  fragment PlacementFields on Placement {
    id
    offerId
    caseId
    level
    confirmedAt
    confirmedBy {
      id
      name
    }
  }
`);

// ---------- target groups ----------
