/** i18n keys for organisation kinds, so the UI never shows the raw code. */
export const ORGANIZATION_KINDS = ['AUTHORITY', 'INTEREST_ORGANISATION', 'EXPERTS', 'PROVIDER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const organizationKindKey = (kind: string) => `organizationKinds.${kind}`;
