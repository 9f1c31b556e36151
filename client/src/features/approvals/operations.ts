import { graphql } from '../../lib/graphql';
import { APPROVAL_FIELDS } from './approval.fragments';

export const CHAPTER_APPROVAL = graphql(
  `
    query ChapterApproval($id: UUID!) {
      chapter(id: $id) {
        id
        title
        status
        projectId
        contentFingerprint
        approvals {
          ...ApprovalFields
        }
        document {
          id
          approvingOrganizations {
            id
            name
            shortName
          }
          project {
            id
            viewerCan {
              manage
              editText
              approve
            }
            myMembership {
              id
              role
              isApprover
              organization {
                id
                name
                shortName
              }
            }
          }
        }
      }
    }
  `,
  [APPROVAL_FIELDS],
);

/** Status and approvals of a project's chapters as they change; Apollo merges each chapter by id. */
export const CHAPTER_WORKFLOW_CHANGED = graphql(
  `
    subscription ChapterWorkflowChanged($projectId: UUID!) {
      chapterWorkflowChanged(projectId: $projectId) {
        projectId
        chapterId
        lastEditedAt
        chapter {
          id
          status
          contentFingerprint
          lastEditedAt
          lastEditedBy {
            id
            name
          }
          approvals {
            ...ApprovalFields
          }
        }
      }
    }
  `,
  [APPROVAL_FIELDS],
);

export const SUBMIT_CHAPTER = graphql(
  `
    mutation SubmitChapterForApproval($chapterId: UUID!) {
      submitChapterForApproval(chapterId: $chapterId) {
        id
        status
        contentFingerprint
        approvals {
          ...ApprovalFields
        }
      }
    }
  `,
  [APPROVAL_FIELDS],
);

export const APPROVE_CHAPTER = graphql(
  `
    mutation ApproveChapter($input: ApproveChapterInput!) {
      approveChapter(input: $input) {
        id
        status
        contentFingerprint
        approvals {
          ...ApprovalFields
        }
      }
    }
  `,
  [APPROVAL_FIELDS],
);

export const REQUEST_CHAPTER_CHANGES = graphql(
  `
    mutation RequestChapterChanges($input: RequestChapterChangesInput!) {
      requestChapterChanges(input: $input) {
        id
        status
        contentFingerprint
        approvals {
          ...ApprovalFields
        }
      }
    }
  `,
  [APPROVAL_FIELDS],
);

export const RETURN_TO_REVISION = graphql(
  `
    mutation ReturnChapterToRevision($chapterId: UUID!, $reason: String) {
      returnChapterToRevision(chapterId: $chapterId, reason: $reason) {
        id
        status
        contentFingerprint
        approvals {
          ...ApprovalFields
        }
      }
    }
  `,
  [APPROVAL_FIELDS],
);

/** Versions to find the text an approval was given on (same content fingerprint). */
export const APPROVAL_VERSIONS = graphql(`
  query ApprovalVersions($chapterId: UUID!) {
    chapterVersions(chapterId: $chapterId) {
      id
      name
      kind
      createdAt
      contentFingerprint
    }
  }
`);

/** What a coordinator chooses the approving organisations from, with who may approve for each. */
export const APPROVING_ORGANIZATIONS = graphql(`
  query ApprovingOrganizations($documentId: UUID!) {
    document(id: $documentId) {
      id
      title
      approvingOrganizationsAreDefault
      approvingOrganizationChoices {
        approving
        organization {
          id
          name
          shortName
        }
        approvers {
          id
          name
        }
      }
      project {
        id
        title
        viewerCan {
          manage
        }
      }
    }
  }
`);

export const SET_APPROVING_ORGANIZATIONS = graphql(`
  mutation SetApprovingOrganizations($documentId: UUID!, $organizationIds: [UUID!]!) {
    setApprovingOrganizations(documentId: $documentId, organizationIds: $organizationIds) {
      id
      approvingOrganizationsAreDefault
      approvingOrganizations {
        id
        name
        shortName
      }
      approvingOrganizationChoices {
        approving
        organization {
          id
          name
          shortName
        }
        approvers {
          id
          name
        }
      }
      chapters {
        id
        status
      }
    }
  }
`);
