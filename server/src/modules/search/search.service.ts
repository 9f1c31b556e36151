import type { DataSource } from 'typeorm';
import type { User } from '../users/user.entity';
import { commentVisibilityByRole } from '../review/review.policy';
import { assessmentVisibilityCondition } from '../assessment/assessment.policy';
import { parseQuery } from './search-query';
import { groupHits, MARK_END, MARK_START, type HitRow } from './search-grouping';
import { SearchEmptyReason, type SearchFilter, type SearchResult } from './search.types';

/** Hits returned per search; `hasMore` says when there were more. */
export const SEARCH_LIMIT = 40;
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Who may find what is decided in the WHERE clause, from the same rules the
 * rest of the server uses: membership of the project for everything, the
 * review policy for comments, the assessment policy for rationales. A
 * comment's thread (its first comment's round and organisation, which the
 * review policy asks about) is read from the index row itself, as `root`.
 */
const VISIBLE = `CASE d.kind
  WHEN 'COMMENT' THEN ${commentVisibilityByRole({ member: 'm', root: 'root', round: 'r', now: '$3', organizationId: '$4' })}
  WHEN 'ASSESSMENT' THEN ${assessmentVisibilityCondition({ member: 'm', assessment: 'a', targetGroupId: 'ac."targetGroupId"', userId: '$2' })}
  ELSE TRUE END`;

/**
 * Ranking reads every candidate's whole tsvector from the TOAST table, which
 * for a word found in thousands of chapters costs more than the rest of the
 * search together. So a broad query ranks only its most recently changed
 * matches (the visibility and filters apply first); a specific one ranks all
 * of them.
 */
export const RANK_CANDIDATES = 1000;

/** Characters of a long text given to ts_headline: around the first place a searched word starts. */
const EXCERPT_BEFORE = 300;
const EXCERPT_LENGTH = 1500;

/**
 * The planner prices matching a row's tsvector far below its cost (the vector
 * is read from the TOAST table and unpacked), so given a common word it would
 * read every row instead of taking the matches from the GIN index. Passed as a
 * sub-select, the query is a value it cannot estimate: it assumes few matches
 * and takes the index, in the one statement the search is.
 */
const SEARCH_SQL = `
WITH candidate AS MATERIALIZED (
  SELECT d.ctid AS "rowId"
    FROM search_document d
    JOIN membership m ON m."projectId" = d."projectId" AND m."userId" = $2
    CROSS JOIN LATERAL (SELECT d."threadRoundId" AS "roundId", d."threadOrganizationId" AS "organizationId") root
    LEFT JOIN review_round r ON d.kind = 'COMMENT' AND r.id = root."roundId"
    LEFT JOIN assessment a ON d.kind = 'ASSESSMENT' AND a.id = d."sourceId"
    LEFT JOIN assessment_case ac ON ac.id = a."caseId"
   -- The words as a value the planner cannot look into (see SEARCH_SQL's comment).
   WHERE d.tsv @@ (SELECT $1::tsquery)
     AND ($5::uuid IS NULL OR d."projectId" = $5)
     AND ($6::text[] IS NULL OR d.kind = ANY($6::text[]))
     AND ($7::uuid IS NULL OR d."organizationId" = $7)
     AND ($8::timestamptz IS NULL OR d."occurredAt" >= $8)
     AND ($9::timestamptz IS NULL OR d."occurredAt" < $9)
     AND ${VISIBLE}
   ORDER BY d."occurredAt" DESC
   LIMIT ${RANK_CANDIDATES}
), hit AS (
  SELECT d.kind, d."sourceId", d."projectId", d."documentId", d."chapterId", d."parentId", d."organizationId",
         d.title, d.body, d."occurredAt", ts_rank(d.tsv, $1::tsquery, 1) AS rank
    -- The row the candidate was read from, in this statement's snapshot: no second look-up by key.
    FROM candidate JOIN search_document d ON d.ctid = candidate."rowId"
   ORDER BY rank DESC, d."occurredAt" DESC
   LIMIT $10
)
SELECT hit.kind, hit."sourceId" AS id, hit."projectId", p.title AS "projectTitle", hit."documentId",
       doc.title AS "documentTitle", hit."chapterId", ch.title AS "chapterTitle", hit."parentId",
       o.name AS "organizationName", hit.title, hit."occurredAt", hit.rank,
       ts_headline('danish', CASE
         WHEN hit.body = '' THEN hit.title
         WHEN length(hit.body) <= ${EXCERPT_LENGTH} OR first.at IS NULL THEN hit.body
         ELSE substr(hit.body, greatest(1, first.at - ${EXCERPT_BEFORE}), ${EXCERPT_LENGTH}) END,
         $1::tsquery, $11) AS headline
  FROM hit
  JOIN project p ON p.id = hit."projectId"
  LEFT JOIN document doc ON doc.id = hit."documentId"
  LEFT JOIN chapter ch ON ch.id = hit."chapterId"
  LEFT JOIN organization o ON o.id = hit."organizationId"
  -- A Danish stem starts the words it stands for ("koordin" in "koordinerende"): where the first such word is.
  LEFT JOIN LATERAL (SELECT min(nullif(regexp_instr(hit.body, w, 1, 1, 0, 'i'), 0)) AS at FROM unnest($12::text[]) w) first
    ON length(hit.body) > ${EXCERPT_LENGTH}
 ORDER BY hit.rank DESC, hit."occurredAt" DESC`;

/** websearch_to_tsquery for what was typed, and the last word also as a prefix (see parseQuery). */
const QUERY_SQL = `
SELECT q::text AS q, numnode(q) AS nodes FROM (
  SELECT CASE WHEN $2::text IS NULL THEN websearch_to_tsquery('danish', $1)
    ELSE websearch_to_tsquery('danish', $1)
      && (websearch_to_tsquery('danish', $2) || to_tsquery('danish', $2 || ':*')) END AS q) parsed`;

export class SearchService {
  constructor(private readonly db: DataSource) {}

  async search(user: User, query: string, filter: SearchFilter | null | undefined): Promise<SearchResult> {
    const parsed = parseQuery(query);
    if (!parsed) return empty(SearchEmptyReason.EMPTY_QUERY);
    const [{ q, nodes }]: { q: string; nodes: number }[] = await this.db.query(QUERY_SQL, [
      parsed.text,
      parsed.prefix,
    ]);
    if (Number(nodes) === 0) return empty(SearchEmptyReason.ONLY_STOP_WORDS);
    const rows: HitRow[] = await this.db.query(SEARCH_SQL, [
      q,
      user.id,
      new Date(),
      user.organizationId,
      filter?.projectId ?? null,
      filter?.kinds?.length ? filter.kinds : null,
      filter?.authorOrganizationId ?? null,
      filter?.from ?? null,
      filter?.to ?? null,
      SEARCH_LIMIT + 1,
      HEADLINE_OPTIONS,
      wantedLexemes(q).map(wordStart),
    ]);
    const hasMore = rows.length > SEARCH_LIMIT;
    const hits = rows.slice(0, SEARCH_LIMIT);
    return {
      groups: groupHits(hits),
      hitCount: hits.length,
      hasMore,
      emptyReason: hits.length === 0 ? SearchEmptyReason.NO_MATCHES : null,
    };
  }
}

/** The lexemes a tsquery looks for (not those it excludes with !), as written in its text form. */
export function wantedLexemes(tsquery: string): string[] {
  const lexemes = new Set<string>();
  for (const [, not, lexeme] of tsquery.matchAll(/(!?)\s*'((?:[^']|'')+)'/g))
    if (!not) lexemes.add(lexeme.replace(/''/g, "'"));
  return [...lexemes];
}

/** A PostgreSQL regular expression for a word starting with `lexeme`. */
const wordStart = (lexeme: string) => `\\m${lexeme.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}`;

const empty = (emptyReason: SearchEmptyReason): SearchResult => ({
  groups: [],
  hitCount: 0,
  hasMore: false,
  emptyReason,
});
