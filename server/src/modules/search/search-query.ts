import { badInput } from '../../core/errors';
import { MAX_QUERY_LENGTH } from './search.types';

/** What the SQL gets: the web-search text, and a last word to match as a prefix as one types. */
export interface ParsedQuery {
  /** For websearch_to_tsquery('danish', …); may be empty when only a prefix was typed. */
  text: string;
  /** The last word, for to_tsquery('danish', prefix || ':*'); null when none applies. */
  prefix: string | null;
}

const WORD = /^[\p{L}\p{N}]+$/u;
/** Shorter last words match as whole words only: a one- or two-letter prefix would match nearly everything. */
const MIN_PREFIX = 3;

/**
 * Splits the query for prefix matching. Only a plain last word qualifies: not
 * quoted, not excluded (-word), not `or`, not followed by a space (the word is
 * finished). Returns null for an empty query; refuses an over-long one.
 */
export function parseQuery(raw: string): ParsedQuery | null {
  if (raw.length > MAX_QUERY_LENGTH)
    throw badInput('query', `A search is at most ${MAX_QUERY_LENGTH} characters`);
  const query = raw.replace(/\p{Cc}/gu, ' ');
  if (query.trim() === '') return null;
  if (/\s$/u.test(query)) return { text: query.trim(), prefix: null };
  const quotes = (query.match(/"/g) ?? []).length;
  const match = /(^|\s)([^\s]+)$/u.exec(query);
  const last = match?.[2] ?? '';
  if (quotes % 2 === 1 || !WORD.test(last) || last.length < MIN_PREFIX || last.toLowerCase() === 'or')
    return { text: query.trim(), prefix: null };
  const rest = query.slice(0, query.length - last.length).trim();
  if (/(^|\s)or$/iu.test(rest)) return { text: query.trim(), prefix: null };
  return { text: rest, prefix: last.toLowerCase() };
}
