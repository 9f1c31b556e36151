import type { ResultOf } from '../../lib/graphql';
import type { COMMENT_FIELDS } from './CommentThread.fragments';

/** A comment as the sidebar's components read it: the fields of its fragment, with what the caller may do. */
export type CommentView = ResultOf<typeof COMMENT_FIELDS>;

export type ThreadView = CommentView & { replies: readonly CommentView[] };

/** How the comment actions word the server's refusals. */
export const COMMENT_ERRORS = {
  FORBIDDEN: 'review:sidebar.forbidden',
  'BAD_USER_INPUT:body': 'review:sidebar.bodyRequired',
  'BAD_USER_INPUT:quote': 'review:sidebar.rangeChanged',
  'BAD_USER_INPUT:range': 'review:sidebar.rangeChanged',
};
