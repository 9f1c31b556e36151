import { MEMBERSHIP_FIELDS } from '../../lib/fragments';
import { graphql } from '../../lib/graphql';

export const MY_PROJECTS = graphql(`
  query MyProjects {
    myProjects {
      id
      title
      kind
      periodStart
      periodEnd
      targetGroup
      myMembership {
        id
        role
        isApprover
      }
    }
  }
`);

export const PROJECT = graphql(
  `
    query Project($id: UUID!) {
      project(id: $id) {
        id
        title
        kind
        periodStart
        periodEnd
        targetGroup
        purpose
        background
        partners
        funding
        contactName
        contactPhone
        contactOffice
        updatedAt
        viewerCan {
          manage
          editText
          comment
          dispose
          evaluate
        }
        myMembership {
          id
          role
          isApprover
        }
        documents {
          id
          title
          kind
          chapters {
            id
            title
            status
            position
            documentId
          }
        }
        memberGroups {
          role
          organizations {
            organization {
              id
              name
              shortName
            }
            members {
              ...MembershipFields
            }
          }
        }
      }
    }
  `,
  [MEMBERSHIP_FIELDS],
);

export const UPDATE_PROJECT = graphql(`
  mutation UpdateProject($id: UUID!, $input: ProjectInput!) {
    updateProject(id: $id, input: $input) {
      id
      title
      kind
      periodStart
      periodEnd
      targetGroup
      purpose
      background
      partners
      funding
      contactName
      contactPhone
      contactOffice
      updatedAt
    }
  }
`);

export const MEMBERSHIP_CHANGED = graphql(`
  subscription MembershipChanged($projectId: UUID!) {
    membershipChanged(projectId: $projectId) {
      type
      projectId
      membershipId
      userId
    }
  }
`);

export const CREATE_PROJECT = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      id
      title
    }
  }
`);
