import { graphql } from '../../lib/graphql';
import { MEMBERSHIP_FIELDS } from '../../lib/fragments';

export const ORGANIZATIONS = graphql(`
  query Organizations {
    organizations {
      id
      name
      shortName
      kind
    }
  }
`);

export const ADD_MEMBER = graphql(
  `
    mutation AddMember($input: AddMemberInput!) {
      addMember(input: $input) {
        inviteUrl
        membership {
          ...MembershipFields
        }
      }
    }
  `,
  [MEMBERSHIP_FIELDS],
);

export const UPDATE_MEMBER = graphql(
  `
    mutation UpdateMember($id: UUID!, $input: UpdateMemberInput!) {
      updateMember(id: $id, input: $input) {
        ...MembershipFields
      }
    }
  `,
  [MEMBERSHIP_FIELDS],
);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($id: UUID!) {
    removeMember(id: $id)
  }
`);
