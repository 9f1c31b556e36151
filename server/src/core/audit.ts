import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  projectId: string;
  /** Null for what the system does by itself (e.g. dismissing approvals after an edit). */
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Writes an audit entry with `em`, so it commits or rolls back with the change it records. */
export async function recordAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  await em.getRepository(AuditEvent).insert({
    projectId: entry.projectId,
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    // TypeORM types jsonb columns as deep partials; the value is stored as given.
    details: (entry.details ?? {}) as object,
    ip: entry.ip ?? null,
  });
}
