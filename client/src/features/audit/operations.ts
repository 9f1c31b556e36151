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
      names {
        id
        name
      }
    }
  }
`);

export const AUDIT_LOG_CSV = graphql(`
  query AuditLogCsv($projectId: UUID!) {
    auditLogCsv(projectId: $projectId)
  }
`);

/** The project the log belongs to, and whether the viewer may read it. */
export const AUDIT_CONTEXT = graphql(`
  query AuditContext($projectId: UUID!) {
    project(id: $projectId) {
      id
      title
      viewerCan {
        manage
      }
    }
  }
`);
