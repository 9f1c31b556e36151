/** A comment as the sidebar shows it: the fields of CHAPTER_COMMENTS that its components read. */
export interface CommentView {
  id: string;
  body?: string | null;
  deleted: boolean;
  internal: boolean;
  roundId?: string | null;
  createdAt: string;
  editedAt?: string | null;
  resolved: boolean;
  quote?: string | null;
  proposal?: string | null;
  proposalStatus?: string | null;
  proposalReason?: string | null;
  /** An in-text suggestion's thread: decided with acceptSuggestions/rejectSuggestions. */
  suggestionId?: string | null;
  chapterId?: string;
  disposition?: string | null;
  dispositionReply?: string | null;
  reportRoundId?: string | null;
  author: { id: string; name: string };
  organization: { id: string; name: string; shortName?: string | null };
  anchor?: { detached: boolean; from?: number | null } | null;
  /** What the caller may do with it, decided by the server's review policy. */
  viewerCan: {
    reply: boolean;
    edit: boolean;
    delete: boolean;
    resolve: boolean;
    decideProposal: boolean;
    dispose: boolean;
    chooseForReport: boolean;
  };
}

export type ThreadView = CommentView & { replies: CommentView[] };

/** How the comment actions word the server's refusals. */
export const COMMENT_ERRORS = {
  FORBIDDEN: 'review:sidebar.forbidden',
  'BAD_USER_INPUT:body': 'review:sidebar.bodyRequired',
  'BAD_USER_INPUT:quote': 'review:sidebar.rangeChanged',
  'BAD_USER_INPUT:range': 'review:sidebar.rangeChanged',
};
