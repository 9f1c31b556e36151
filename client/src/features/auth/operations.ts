import { graphql } from '../../lib/graphql';

export const ME = graphql(`
  query Me {
    me {
      id
      name
      email
      isSystemAdmin
      canStartProjects
      organization {
        id
        name
        shortName
      }
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
      name
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const INVITATION = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      id
      name
      email
      organization {
        id
        name
      }
    }
  }
`);

export const ACCEPT_INVITE = graphql(`
  mutation AcceptInvite($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      id
      name
    }
  }
`);

/** Whom to ask for a new link when an invitation link no longer works. */
export const INVITATION_CONTACT = graphql(`
  query InvitationContact($token: String!) {
    invitationContact(token: $token) {
      used
      inviterName
      inviterOrganization
      projectTitle
    }
  }
`);
