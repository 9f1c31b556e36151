import { graphql } from '../../lib/graphql';

export const AUDIT_LOG = graphql(`
  query AuditLog($projectId: UUID!, $limit: Int!, $offset: Int!) {
    auditLog(projectId: $projectId, limit: $limit, offset: $offset) {
      totalCount
      hasMore
      items {
        id
        at
        action
        actorId
        subjectType
        subjectId
        details
        ip
      }
    }
  }
`);

export const AUDIT_LOG_CSV = graphql(`
  query AuditLogCsv($projectId: UUID!) {
    auditLogCsv(projectId: $projectId)
  }
`);

/** Names for the ids the log holds: members, chapters, organisations. */
export const AUDIT_CONTEXT = graphql(`
  query AuditContext($projectId: UUID!) {
    project(id: $projectId) {
      id
      title
      viewerCan {
        manage
      }
      members {
        id
        userId
        user {
          id
          name
        }
      }
      documents {
        id
        title
        chapters {
          id
          title
        }
      }
    }
    organizations {
      id
      name
      shortName
    }
  }
`);
