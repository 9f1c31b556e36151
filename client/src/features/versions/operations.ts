import { graphql } from '../../lib/graphql';
import { VERSION_FIELDS } from './version.fragments';

export const CHAPTER_VERSIONS = graphql(
  `
    query ChapterVersions($chapterId: UUID!) {
      chapter(id: $chapterId) {
        id
        title
        viewerCan {
          editText
        }
        document {
          id
          title
          project {
            id
            title
            viewerCan {
              editText
            }
          }
        }
      }
      chapterVersions(chapterId: $chapterId) {
        ...VersionFields
      }
    }
  `,
  [VERSION_FIELDS],
);

export const CHAPTER_VERSION = graphql(
  `
    query ChapterVersion($id: UUID!) {
      chapterVersion(id: $id) {
        ...VersionFields
        html
      }
    }
  `,
  [VERSION_FIELDS],
);

export const CHAPTER_VERSION_DIFF = graphql(`
  query ChapterVersionDiff($fromVersionId: UUID!, $toVersionId: UUID) {
    chapterVersionDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {
      type
      text
    }
  }
`);

export const CREATE_CHAPTER_VERSION = graphql(
  `
    mutation CreateChapterVersion($chapterId: UUID!, $name: String!) {
      createChapterVersion(chapterId: $chapterId, name: $name) {
        ...VersionFields
      }
    }
  `,
  [VERSION_FIELDS],
);

/** Makes the version's text the current text, as a new edit every open editor sees. */
export const RESTORE_CHAPTER_VERSION = graphql(`
  mutation RestoreChapterVersion($versionId: UUID!) {
    restoreChapterVersion(versionId: $versionId) {
      id
      status
    }
  }
`);
