import { graphql } from '../../lib/graphql';

/** A user as their row on the users page shows and changes them. */
export const USER_FIELDS = graphql(`
  fragment AdminUserFields on User {
    id
    name
    email
    isActive
    isSystemAdmin
    canStartProjects
    organization {
      id
      name
    }
  }
`);
