import { graphql } from '../../lib/graphql';

/** An open round as the dashboard lists it. */
export const DASHBOARD_ROUND_FIELDS = graphql(`
  fragment DashboardRoundFields on ReviewRound {
    id
    title
    deadline
    chapterIds
  }
`);
