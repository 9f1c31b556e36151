import type { EntityManager } from 'typeorm';
import type { Document } from '../documents/document.entity';
import { ApprovingOrganization } from './approving-organization.entity';

export interface RequiredOrganizationList {
  organizationIds: string[];
  /** True while no coordinator has named the list. */
  isDefault: boolean;
}

/**
 * The document's approving organisations: the coordinator's list, else the working group's (AUTHOR
 * members') organisations that have a member who may approve (an author or coordinator with the approver
 * flag). An organisation nobody can approve for would keep every chapter waiting, so it is never a default.
 */
export async function requiredOrganizationList(
  em: EntityManager,
  document: Pick<Document, 'id' | 'projectId'>,
): Promise<RequiredOrganizationList> {
  const named = await em.getRepository(ApprovingOrganization).find({ where: { documentId: document.id } });
  if (named.length > 0)
    return { organizationIds: named.map((r) => r.organizationId).sort(), isDefault: false };
  const [approvers, workingGroup] = await Promise.all([
    approversByOrganization(em, document.projectId),
    workingGroupOrganizations(em, document.projectId),
  ]);
  return { organizationIds: workingGroup.filter((id) => approvers.has(id)), isDefault: true };
}

async function workingGroupOrganizations(em: EntityManager, projectId: string): Promise<string[]> {
  const rows = await em.query<{ organizationId: string }[]>(
    `SELECT DISTINCT u."organizationId" FROM membership m JOIN app_user u ON u.id = m."userId"
      WHERE m."projectId" = $1 AND m.role = 'AUTHOR' ORDER BY 1`,
    [projectId],
  );
  return rows.map((r) => r.organizationId);
}

/** Per organisation, the project's members who may approve for it (authors and coordinators with the flag). */
export async function approversByOrganization(
  em: EntityManager,
  projectId: string,
): Promise<Map<string, string[]>> {
  const rows = await em.query<{ organizationId: string; userId: string }[]>(
    `SELECT u."organizationId", u.id AS "userId" FROM membership m JOIN app_user u ON u.id = m."userId"
      WHERE m."projectId" = $1 AND m.role IN ('AUTHOR', 'COORDINATOR') AND m."isApprover"
      ORDER BY u.name`,
    [projectId],
  );
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.organizationId, [...(map.get(r.organizationId) ?? []), r.userId]);
  return map;
}

/**
 * What a coordinator chooses from: the organisations of the working group (authors and coordinators) and
 * any already approving, each with who may approve for it.
 */
export async function approvingOrganizationChoices(
  em: EntityManager,
  document: Pick<Document, 'id' | 'projectId'>,
): Promise<{ organizationId: string; approving: boolean; approverIds: string[] }[]> {
  const [required, approvers, rows] = await Promise.all([
    requiredOrganizationList(em, document),
    approversByOrganization(em, document.projectId),
    em.query<{ organizationId: string }[]>(
      `SELECT DISTINCT u."organizationId" FROM membership m JOIN app_user u ON u.id = m."userId"
        WHERE m."projectId" = $1 AND m.role IN ('AUTHOR', 'COORDINATOR')`,
      [document.projectId],
    ),
  ]);
  const ids = new Set([...rows.map((r) => r.organizationId), ...required.organizationIds]);
  return [...ids].map((organizationId) => ({
    organizationId,
    approving: required.organizationIds.includes(organizationId),
    approverIds: approvers.get(organizationId) ?? [],
  }));
}
