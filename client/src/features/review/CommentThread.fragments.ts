import { graphql } from '../../lib/graphql';

/** A comment as its thread in the sidebar shows it, with what the caller may do with it. */
export const COMMENT_FIELDS = graphql(`
  fragment CommentFields on Comment {
    id
    chapterId
    parentId
    roundId
    body
    deleted
    internal
    createdAt
    editedAt
    resolved
    quote
    proposal
    proposalStatus
    proposalReason
    suggestionId
    chapterId
    disposition
    dispositionReply
    reportRoundId
    viewerCan {
      reply
      edit
      delete
      resolve
      decideProposal
      dispose
      chooseForReport
    }
    author {
      id
      name
    }
    organization {
      id
      name
      shortName
    }
    anchor {
      anchor
      head
      detached
      from
    }
  }
`);
