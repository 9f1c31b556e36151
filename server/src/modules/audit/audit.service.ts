import type { DataSource } from 'typeorm';
import { log } from '../../core/logger';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { AuditEvent } from '../../core/audit-event.entity';
import type { AuditLogPage } from './audit.types';

/** Most rows one CSV export holds. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

const CSV_COLUMNS = [
  'at',
  'actorId',
  'actorName',
  'action',
  'subjectType',
  'subjectId',
  'ip',
  'details',
] as const;

/** Reading the audit log: coordinators of the project only. Writing happens through recordAudit. */
export class AuditService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
  ) {}

  async page(user: User, projectId: string, limit: number, offset: number): Promise<AuditLogPage> {
    await this.memberships.require(user, projectId, 'manage');
    const [items, totalCount] = await this.db.getRepository(AuditEvent).findAndCount({
      where: { projectId },
      order: { at: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items, totalCount, hasMore: offset + items.length < totalCount };
  }

  async csv(user: User, projectId: string): Promise<string> {
    await this.memberships.require(user, projectId, 'manage');
    const rows: (Record<string, unknown> & { at: Date })[] = await this.db.query(
      `SELECT e.at, e."actorId", u.name AS "actorName", e.action, e."subjectType", e."subjectId", e.ip, e.details
         FROM audit_event e LEFT JOIN app_user u ON u.id = e."actorId"
        WHERE e."projectId" = $1 ORDER BY e.at, e.id LIMIT $2`,
      [projectId, AUDIT_EXPORT_MAX_ROWS],
    );
    log.security('audit.exported', { projectId, by: user.id, rows: rows.length });
    const lines = [CSV_COLUMNS.join(',')];
    for (const row of rows)
      lines.push(
        CSV_COLUMNS.map((column) => {
          const value = row[column];
          if (value === null || value === undefined) return '';
          if (value instanceof Date) return csvCell(value.toISOString());
          // Columns are text, uuid, timestamptz and jsonb: everything else is a string already.
          return csvCell(typeof value === 'string' ? value : JSON.stringify(value));
        }).join(','),
      );
    return lines.join('\r\n') + '\r\n';
  }
}

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
