import { graphql } from '../../lib/graphql';

/** A version as the history table and the version page show it. */
export const VERSION_FIELDS = graphql(`
  fragment VersionFields on ChapterVersion {
    id
    chapterId
    name
    kind
    createdAt
    wordCount
    contentFingerprint
    createdBy {
      id
      name
    }
  }
`);
