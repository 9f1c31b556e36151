import { graphql } from '../../lib/graphql';
import { EDITION_FIELDS } from './edition.fragments';

export const DOCUMENT_EDITIONS = graphql(
  `
    query DocumentEditions($documentId: UUID!) {
      document(id: $documentId) {
        id
        title
        project {
          id
          title
          viewerCan {
            manage
          }
        }
        chapters {
          id
          title
          status
        }
        editions {
          ...EditionFields
        }
      }
    }
  `,
  [EDITION_FIELDS],
);

export const EDITION = graphql(
  `
    query Edition($id: UUID!) {
      edition(id: $id) {
        ...EditionFields
        chapters {
          id
          chapterId
          title
          position
          html
        }
      }
    }
  `,
  [EDITION_FIELDS],
);

export const EDITION_HTML = graphql(`
  query EditionHtml($id: UUID!) {
    edition(id: $id) {
      id
      number
      html
    }
  }
`);

export const PUBLISH_EDITION = graphql(
  `
    mutation PublishEdition($input: PublishEditionInput!) {
      publishEdition(input: $input) {
        ...EditionFields
      }
    }
  `,
  [EDITION_FIELDS],
);

export const START_DOCUMENT_REVISION = graphql(
  `
    mutation StartDocumentRevision($documentId: UUID!) {
      startDocumentRevision(documentId: $documentId) {
        ...EditionFields
      }
    }
  `,
  [EDITION_FIELDS],
);

export const EDITION_DOCX = graphql(`
  query EditionDocx($id: UUID!) {
    edition(id: $id) {
      id
      number
      docx
    }
  }
`);

export const EDITION_PDF = graphql(`
  query EditionPdf($id: UUID!) {
    edition(id: $id) {
      id
      number
      pdf
    }
  }
`);
