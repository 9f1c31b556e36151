import { CHAPTER_DOCUMENT_PREFIX, type SuggestionAuthor } from '@samskriv/schema';

/** What the authentication extension learns about a collab connection; fixed for its lifetime. */
export interface CollabContext {
  userId: string;
  userName: string;
  /** The user's organisation (what a suggestion is attributed to). */
  organizationId: string;
  chapterId: string;
  /** The chapter's document: the specialist-group edit scope is decided per document. */
  documentId: string;
  projectId: string;
  readOnly: boolean;
  /**
   * A reviewer in an open round: the connection writes, but the suggestion
   * guard accepts only updates that add this author's own suggestion marks.
   */
  suggestOnly?: SuggestionAuthor;
  /** Set when the user's membership changed: nothing more they send is accepted. */
  revoked?: boolean;
}

// Lower case only: Hocuspocus keys documents by their exact name, so `chapter:<UPPER>` would be a second
// live document of the same chapter whose edits the others never see.
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The chapter id of a canonical `chapter:<lower-case uuid>` document name, or null. */
export function chapterIdOf(documentName: string): string | null {
  if (!documentName.startsWith(CHAPTER_DOCUMENT_PREFIX)) return null;
  const id = documentName.slice(CHAPTER_DOCUMENT_PREFIX.length);
  return CANONICAL_UUID.test(id) ? id : null;
}

/** Close code sent when the server ends a connection because the user's rights changed. */
export const MEMBERSHIP_CHANGED_CLOSE = { code: 4001, reason: 'membership-changed' } as const;

/**
 * Whether a member who may not edit a chapter may still suggest in it (a
 * reviewer in an open round that includes the chapter and lists their
 * organisation). Decided by the review module, handed to the collab server.
 */
export type SuggestRight = (
  userId: string,
  organizationId: string,
  chapter: { id: string; documentId: string },
) => Promise<boolean>;
