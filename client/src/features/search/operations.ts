import { graphql } from '../../app/graphql';

export const SEARCH = graphql(`
  query Search($query: String!, $filter: SearchFilter) {
    search(query: $query, filter: $filter) {
      hitCount
      hasMore
      emptyReason
      groups {
        projectId
        projectTitle
        documents {
          documentId
          documentTitle
          hits {
            kind
            id
            title
            chapterId
            chapterTitle
            parentId
            organizationName
            occurredAt
            snippet {
              text
              match
            }
          }
        }
      }
    }
  }
`);

/** What the filters choose from: the caller's projects and every organisation. */
export const SEARCH_FILTER_OPTIONS = graphql(`
  query SearchFilterOptions {
    myProjects {
      id
      title
    }
    organizations {
      id
      name
    }
  }
`);
