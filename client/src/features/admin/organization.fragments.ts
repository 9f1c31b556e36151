import { graphql } from '../../lib/graphql';

/** An organisation as the admin pages show and edit it. */
export const ORGANIZATION_FIELDS = graphql(`
  fragment OrganizationFields on Organization {
    id
    name
    shortName
    kind
  }
`);
