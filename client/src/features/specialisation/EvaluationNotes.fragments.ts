import { graphql } from '../../lib/graphql';

/** An evaluation note as the notes list shows it. */
export const EVALUATION_NOTE_FIELDS = graphql(`
  fragment EvaluationNoteFields on EvaluationNote {
    id
    projectId
    body
    createdAt
    author {
      id
      name
    }
  }
`);
