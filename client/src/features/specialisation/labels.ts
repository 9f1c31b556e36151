/** i18n keys (namespace `specialisation`) for the server's enums and codes; the UI never shows a raw code. */
export const REGIONS = ['HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND'] as const;
export const PROVIDER_TYPES = ['MUNICIPAL', 'REGIONAL', 'PRIVATE', 'SELF_OWNING'] as const;
export const LEVELS = [1, 2, 3] as const;

export type Region = (typeof REGIONS)[number];
export type ProviderType = (typeof PROVIDER_TYPES)[number];

export const regionKey = (region: string) => `regions.${region}`;
export const providerTypeKey = (type: string) => `providerTypes.${type}`;
export const caseStatusKey = (status: string | null | undefined) => `caseStatus.${status ?? 'NONE'}`;

const KNOWN_REASONS = new Set([
  'INVALID_CVR',
  'UNKNOWN_TARGET_GROUP',
  'UNKNOWN_REGION',
  'UNKNOWN_TYPE',
  'MISSING_FIELD',
  'DUPLICATE_OFFER',
  'CVR_NAME_MISMATCH',
  'TOO_LONG',
  'DUPLICATE_PROVIDER',
  'WRONG_COLUMN_COUNT',
]);
/** An import row's reason code; an unknown code is still shown (as itself) rather than hidden. */
export const importReasonKey = (code: string) =>
  KNOWN_REASONS.has(code) ? `import.reasons.${code}` : 'import.reasons.UNKNOWN';

const statusBadge: Record<string, string> = {
  AWAITING_ASSESSMENTS: 'badge badge-info',
  AGREED: 'badge badge-success',
  DISAGREED: 'badge badge-warning',
  SETTLED: 'badge badge-success',
  PLACED: 'badge badge-success',
  SUPERSEDED: 'badge',
};
export const caseStatusClass = (status: string | null | undefined) =>
  (status && statusBadge[status]) || 'badge';
