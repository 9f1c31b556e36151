import { graphql } from '../../lib/graphql';

/** A level's criterion text as its card shows and edits it. */
export const CRITERION_FIELDS = graphql(`
  fragment CriterionFields on LevelCriterion {
    level
    html
    version
    updatedAt
    updatedBy {
      id
      name
    }
  }
`);
