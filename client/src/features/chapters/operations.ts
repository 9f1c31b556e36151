import { graphql } from '../../lib/graphql';

export const CHAPTER = graphql(`
  query Chapter($id: UUID!) {
    chapter(id: $id) {
      id
      title
      status
      position
      documentId
      projectId
      updatedAt
      wordCount
      lastEditedAt
      viewerCan {
        editText
      }
      lastEditedBy {
        id
        name
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
          myMembership {
            id
            role
          }
        }
      }
    }
  }
`);

/** What the header refreshes while people write: cheap fields only. */
export const CHAPTER_STATS = graphql(`
  query ChapterStats($id: UUID!) {
    chapter(id: $id) {
      id
      wordCount
      lastEditedAt
      lastEditedBy {
        id
        name
      }
    }
  }
`);

export const CREATE_CHAPTER = graphql(`
  mutation CreateChapter($input: CreateChapterInput!) {
    createChapter(input: $input) {
      id
      title
      status
      position
      documentId
    }
  }
`);

export const RENAME_CHAPTER = graphql(`
  mutation RenameChapter($id: UUID!, $title: String!) {
    renameChapter(id: $id, title: $title) {
      id
      title
    }
  }
`);

export const REORDER_CHAPTERS = graphql(`
  mutation ReorderChapters($input: ReorderChaptersInput!) {
    reorderChapters(input: $input) {
      id
      position
    }
  }
`);

export const DELETE_CHAPTER = graphql(`
  mutation DeleteChapter($id: UUID!) {
    deleteChapter(id: $id)
  }
`);

export const CREATE_DOCUMENT = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      id
      title
      kind
    }
  }
`);
