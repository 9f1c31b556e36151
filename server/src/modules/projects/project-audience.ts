import type { EntityManager } from 'typeorm';
import type { Role } from './membership.entity';

/** A member as the realtime rules need them: role, approver flag and organisation. */
export interface AudienceMember {
  userId: string;
  role: Role;
  isApprover: boolean;
  organizationId: string;
}

/** Everyone who may receive a project's events right now, by user id. */
export type ProjectAudience = ReadonlyMap<string, AudienceMember>;

/** One query for the whole project: each event's receivers are then judged in memory. */
export async function loadAudience(em: EntityManager, projectId: string): Promise<ProjectAudience> {
  const rows = await em.query<AudienceMember[]>(
    `SELECT m."userId", m.role, m."isApprover", u."organizationId"
       FROM membership m JOIN app_user u ON u.id = m."userId"
      WHERE m."projectId" = $1`,
    [projectId],
  );
  return new Map(rows.map((row) => [row.userId, row]));
}
