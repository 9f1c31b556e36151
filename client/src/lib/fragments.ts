import { graphql } from './graphql';

/** Fragments that more than one feature reads. */
export const MEMBERSHIP_FIELDS = graphql(`
  fragment MembershipFields on Membership {
    id
    role
    isApprover
    userId
    user {
      id
      name
      email
      isActive
    }
    organization {
      id
      name
      shortName
    }
  }
`);
