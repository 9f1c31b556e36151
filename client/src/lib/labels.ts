/** i18n keys for server enums, so the UI never shows the raw code. */
export const roleKey = (role: string) => `roles.${role}`;
export const roleGroupKey = (role: string) => `roleGroups.${role}`;
export const projectKindKey = (kind: string) => `projectKinds.${kind}`;
export const documentKindKey = (kind: string) => `documentKinds.${kind}`;
export const chapterStatusKey = (status: string) => `chapterStatus.${status}`;

export const ROLES = ['COORDINATOR', 'AUTHOR', 'REVIEWER', 'OBSERVER'] as const;
export type Role = (typeof ROLES)[number];

const statusBadge: Record<string, string> = {
  DRAFT: 'badge',
  IN_REVIEW: 'badge badge-info',
  REVISION: 'badge badge-warning',
  AWAITING_APPROVAL: 'badge badge-warning',
  APPROVED: 'badge badge-success',
  PUBLISHED: 'badge badge-success',
};
export const chapterStatusClass = (status: string) => statusBadge[status] ?? 'badge';
