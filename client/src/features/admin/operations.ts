import { graphql } from '../../lib/graphql';
import { ORGANIZATION_FIELDS } from './organization.fragments';
import { USER_FIELDS } from './UserRow.fragments';

export const ADMIN_ORGANIZATIONS = graphql(
  `
    query AdminOrganizations {
      organizations {
        ...OrganizationFields
      }
    }
  `,
  [ORGANIZATION_FIELDS],
);

export const CREATE_ORGANIZATION = graphql(
  `
    mutation CreateOrganization($input: OrganizationInput!) {
      createOrganization(input: $input) {
        ...OrganizationFields
      }
    }
  `,
  [ORGANIZATION_FIELDS],
);

export const UPDATE_ORGANIZATION = graphql(
  `
    mutation UpdateOrganization($id: UUID!, $input: OrganizationInput!) {
      updateOrganization(id: $id, input: $input) {
        ...OrganizationFields
      }
    }
  `,
  [ORGANIZATION_FIELDS],
);

export const USERS = graphql(
  `
    query Users {
      users {
        ...AdminUserFields
      }
    }
  `,
  [USER_FIELDS],
);

export const CREATE_USER = graphql(
  `
    mutation CreateUser($input: CreateUserInput!) {
      createUser(input: $input) {
        inviteUrl
        user {
          ...AdminUserFields
        }
      }
    }
  `,
  [USER_FIELDS],
);

export const UPDATE_USER = graphql(
  `
    mutation UpdateUser($id: UUID!, $input: UpdateUserInput!) {
      updateUser(id: $id, input: $input) {
        ...AdminUserFields
      }
    }
  `,
  [USER_FIELDS],
);
