import type { DataSource } from 'typeorm';
import { log } from '../../core/logger';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { AuditEvent } from '../../core/audit-event.entity';
import { auditCsvWords, describeAuditEvent } from '@samskriv/schema';
import { idsOf, namesOf } from './audit-names';
import type { AuditLogPage } from './audit.types';

/** Most rows one CSV export holds. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

// Swedish writes dates as YYYY-MM-DD hh:mm:ss: sortable, and read as a date by spreadsheets.
const COPENHAGEN_TIME = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Copenhagen',
});

/**
 * Reading the audit log: coordinators of the project only. Writing happens through recordAudit. The CSV is
 * worded in Danish like the page, with a time in Danish time.
 */
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
    const names = await namesOf(this.db.manager, projectId, idsOf(items));
    return {
      items,
      totalCount,
      hasMore: offset + items.length < totalCount,
      names: [...names].map(([id, name]) => ({ id, name })),
    };
  }

  async csv(user: User, projectId: string): Promise<string> {
    await this.memberships.require(user, projectId, 'manage');
    const rows: (AuditEvent & { actorName: string | null })[] = await this.db.query(
      `SELECT e.at, e."actorId", u.name AS "actorName", e.action, e."subjectType", e."subjectId", e.ip, e.details
         FROM audit_event e LEFT JOIN app_user u ON u.id = e."actorId"
        WHERE e."projectId" = $1 ORDER BY e.at, e.id LIMIT $2`,
      [projectId, AUDIT_EXPORT_MAX_ROWS],
    );
    log.security('audit.exported', { projectId, by: user.id, rows: rows.length });
    const names = await namesOf(this.db.manager, projectId, idsOf(rows));
    const words = auditCsvWords('da');
    const lines = [
      [words.at, words.actor, words.action, words.subjectType, words.subjectName, words.details, words.ip]
        .map(csvCell)
        .join(','),
    ];
    for (const row of rows) {
      const described = describeAuditEvent(row, 'da', (id) => names.get(id));
      lines.push(
        [
          COPENHAGEN_TIME.format(row.at),
          row.actorId ? (row.actorName ?? '') : words.system,
          described.action,
          described.subjectType,
          described.subjectName ?? '',
          described.details,
          row.ip ?? '',
        ]
          .map(csvCell)
          .join(','),
      );
    }
    return lines.join('\r\n') + '\r\n';
  }
}

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
