import { DanishRegion, ProviderType } from './provider.entity';

/** The import/export columns, in order; all but `beskrivelse` are required in an import header. */
export const CSV_COLUMNS = [
  'navn',
  'cvr',
  'kommune',
  'region',
  'type',
  'målgruppe',
  'tilbud',
  'beskrivelse',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const OPTIONAL_COLUMNS: readonly CsvColumn[] = ['beskrivelse'];

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export const REGION_WORDS: Record<DanishRegion, string> = {
  [DanishRegion.HOVEDSTADEN]: 'Hovedstaden',
  [DanishRegion.SJAELLAND]: 'Sjælland',
  [DanishRegion.SYDDANMARK]: 'Syddanmark',
  [DanishRegion.MIDTJYLLAND]: 'Midtjylland',
  [DanishRegion.NORDJYLLAND]: 'Nordjylland',
};

export const TYPE_WORDS: Record<ProviderType, string> = {
  [ProviderType.MUNICIPAL]: 'kommunal',
  [ProviderType.REGIONAL]: 'regional',
  [ProviderType.PRIVATE]: 'privat',
  [ProviderType.SELF_OWNING]: 'selvejende',
};

const key = (s: string) => s.normalize('NFC').trim().toLowerCase();

/** Header cells and Danish words compare case-insensitively, in NFC (a decomposed "å" matches). */
export const csvKey = key;

const lookup = <T extends string>(words: Record<T, string>, extra: Record<string, T> = {}) => {
  const map = new Map<string, T>();
  for (const [value, word] of Object.entries(words) as [T, string][]) {
    map.set(key(word), value);
    map.set(key(value), value);
  }
  for (const [word, value] of Object.entries(extra)) map.set(key(word), value);
  return (input: string): T | null => map.get(key(input).replace(/^region\s+/, '')) ?? null;
};

/** "Hovedstaden", "Region Hovedstaden", "HOVEDSTADEN", "sjaelland" … */
export const parseRegion = lookup(REGION_WORDS, { sjaelland: DanishRegion.SJAELLAND });
/** "kommunal", "MUNICIPAL" … */
export const parseProviderType = lookup(TYPE_WORDS);
