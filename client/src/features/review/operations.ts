import { graphql } from '../../lib/graphql';
import { ROUND_FIELDS } from './round.fragments';
import { COMMENT_FIELDS } from './CommentThread.fragments';

/** A document with what the round pages need around it: project, rights, chapters and reviewer organisations. */
export const DOCUMENT_ROUNDS = graphql(
  `
    query DocumentRounds($documentId: UUID!) {
      document(id: $documentId) {
        id
        title
        chapters {
          id
          title
          status
        }
        project {
          id
          title
          viewerCan {
            manage
            dispose
          }
          memberGroups {
            role
            organizations {
              organization {
                id
                name
                shortName
              }
            }
          }
        }
      }
      reviewRounds(documentId: $documentId) {
        ...RoundFields
      }
    }
  `,
  [ROUND_FIELDS],
);

export const REVIEW_ROUND = graphql(
  `
    query ReviewRound($id: UUID!) {
      reviewRound(id: $id) {
        ...RoundFields
        viewerCan {
          seeResults
        }
      }
    }
  `,
  [ROUND_FIELDS],
);

/** The round's document and project, for breadcrumbs and rights. */
export const ROUND_CONTEXT = graphql(`
  query RoundContext($documentId: UUID!) {
    document(id: $documentId) {
      id
      title
      project {
        id
        title
        viewerCan {
          manage
          dispose
        }
        myMembership {
          id
          role
        }
      }
    }
  }
`);

export const REVIEW_ROUND_PROGRESS = graphql(`
  query ReviewRoundProgress($id: UUID!) {
    reviewRoundProgress(id: $id) {
      total {
        received
        disposed
        open
      }
      chapters {
        chapter {
          id
          title
        }
        received
        disposed
        open
      }
      organizations {
        organization {
          id
          name
          shortName
        }
        received
        disposed
        open
        responded
      }
    }
  }
`);

export const CONSULTATION_REPORT = graphql(`
  query ConsultationReport($roundId: UUID!) {
    consultationReport(roundId: $roundId) {
      documentTitle
      projectTitle
      periodStart
      periodEnd
      html
      round {
        id
        title
        letter
        documentId
      }
      hearingList {
        organization {
          id
          name
          shortName
        }
        responded
      }
      chapters {
        chapter {
          id
          title
        }
        organizations {
          organization {
            id
            name
            shortName
          }
          comments {
            commentId
            authorName
            body
            quote
            proposal
            proposalStatus
            disposition
            dispositionReply
          }
        }
      }
    }
  }
`);

export const CONSULTATION_REPORT_DOCX = graphql(`
  query ConsultationReportDocx($roundId: UUID!) {
    consultationReportDocx(roundId: $roundId)
  }
`);

export const OPEN_REVIEW_ROUND = graphql(
  `
    mutation OpenReviewRound($input: OpenReviewRoundInput!) {
      openReviewRound(input: $input) {
        ...RoundFields
      }
    }
  `,
  [ROUND_FIELDS],
);

export const EXTEND_REVIEW_ROUND = graphql(
  `
    mutation ExtendReviewRound($id: UUID!, $deadline: DateTimeISO!) {
      extendReviewRound(id: $id, deadline: $deadline) {
        ...RoundFields
      }
    }
  `,
  [ROUND_FIELDS],
);

export const CLOSE_REVIEW_ROUND = graphql(
  `
    mutation CloseReviewRound($id: UUID!) {
      closeReviewRound(id: $id) {
        ...RoundFields
      }
    }
  `,
  [ROUND_FIELDS],
);

export const DISPOSE_COMMENT = graphql(`
  mutation DisposeComment($input: DisposeCommentInput!) {
    disposeComment(input: $input) {
      id
      disposition
      dispositionReply
      disposedAt
    }
  }
`);

/** Live review events of a document; the round pages refetch on each. */
export const REVIEW_EVENTS = graphql(`
  subscription ReviewEvents($documentId: UUID!) {
    reviewEvents(documentId: $documentId) {
      type
      documentId
      chapterId
    }
  }
`);

/** A chapter's threads with what the sidebar may offer. */
export const CHAPTER_COMMENTS = graphql(
  `
    query ChapterComments($chapterId: UUID!) {
      chapter(id: $chapterId) {
        id
        documentId
        viewerCan {
          comment
          commentRoundId
          commentRefusal
          suggestOnly
          mentionable {
            id
            name
          }
        }
      }
      commentThreads(chapterId: $chapterId) {
        ...CommentFields
        viewerCan {
          mentionable {
            id
            name
          }
        }
        replies {
          ...CommentFields
        }
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const CREATE_COMMENT = graphql(
  `
    mutation CreateComment($input: CreateCommentInput!) {
      createComment(input: $input) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const REPLY_TO_COMMENT = graphql(
  `
    mutation ReplyToComment($input: ReplyInput!) {
      replyToComment(input: $input) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const RESOLVE_COMMENT = graphql(`
  mutation ResolveComment($id: UUID!) {
    resolveComment(id: $id) {
      id
      resolved
    }
  }
`);

export const REOPEN_COMMENT = graphql(`
  mutation ReopenComment($id: UUID!) {
    reopenComment(id: $id) {
      id
      resolved
    }
  }
`);

/** The document's rounds: which report an internal comment can go into. */
export const CHAPTER_ROUNDS = graphql(`
  query ChapterRounds($documentId: UUID!) {
    reviewRounds(documentId: $documentId) {
      id
      title
      openedAt
      chapterIds
    }
  }
`);

export const EDIT_COMMENT = graphql(
  `
    mutation EditComment($id: UUID!, $body: String!) {
      editComment(id: $id, body: $body) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const DELETE_COMMENT = graphql(`
  mutation DeleteComment($id: UUID!) {
    deleteComment(id: $id) {
      id
      deleted
      body
    }
  }
`);

export const ACCEPT_PROPOSAL = graphql(
  `
    mutation AcceptProposal($commentId: UUID!) {
      acceptProposal(commentId: $commentId) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const REJECT_PROPOSAL = graphql(
  `
    mutation RejectProposal($commentId: UUID!, $reason: String!) {
      rejectProposal(commentId: $commentId, reason: $reason) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const ACCEPT_SUGGESTIONS = graphql(
  `
    mutation AcceptSuggestions($input: SuggestionScopeInput!) {
      acceptSuggestions(input: $input) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const REJECT_SUGGESTIONS = graphql(
  `
    mutation RejectSuggestions($input: RejectSuggestionsInput!) {
      rejectSuggestions(input: $input) {
        ...CommentFields
      }
    }
  `,
  [COMMENT_FIELDS],
);

export const SET_COMMENT_IN_REPORT = graphql(`
  mutation SetCommentInReport($id: UUID!, $include: Boolean!, $roundId: UUID) {
    setCommentInReport(id: $id, include: $include, roundId: $roundId) {
      id
      reportRoundId
    }
  }
`);
