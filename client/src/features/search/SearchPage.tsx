import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { SelectField } from '../specialisation/SelectField';
import { MAX_QUERY_LENGTH } from './limits';
import { SEARCH, SEARCH_FILTER_OPTIONS } from './operations';
import { SearchResults } from './SearchResults';
import './i18n';
import './search.css';

export const SEARCH_KINDS = [
  'CHAPTER',
  'COMMENT',
  'EDITION',
  'VERSION',
  'PROJECT',
  'TARGET_GROUP',
  'LEVEL_CRITERION',
  'PROVIDER',
  'OFFER',
  'ASSESSMENT',
] as const;
type Kind = (typeof SEARCH_KINDS)[number];

/** Searches the README suggests, offered when nothing was found. */
const SUGGESTIONS = ['"koordinerende sagsbehandler"', 'overgangen til voksenlivet', 'autisme Syddanmark'];

const FILTER_KEYS = ['project', 'kind', 'org', 'from', 'to'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** A date field's day as the start of that day in the browser's time zone (ISO), or the next day's start. */
function dayStart(day: string, next = false): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00`);
  if (next) date.setDate(date.getDate() + 1);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** /search?q=…&project=…&kind=…&org=…&from=…&to=…: the results page with its filters. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const applied = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<
    FilterKey,
    string
  >;
  const [draft, setDraft] = useState(applied);
  const [typed, setTyped] = useState(query);
  const [seen, setSeen] = useState(params.toString());
  // A new URL (from the header or a link) resets what the form shows.
  if (seen !== params.toString()) {
    setSeen(params.toString());
    setDraft(applied);
    setTyped(query);
  }
  usePageTitle(query ? t('page.titleWithQuery', { query }) : t('page.title'));
  const options = useQuery(SEARCH_FILTER_OPTIONS);
  const kind = SEARCH_KINDS.includes(applied.kind as Kind) ? (applied.kind as Kind) : null;
  const { data, loading, error } = useQuery(SEARCH, {
    variables: {
      query,
      filter: {
        projectId: applied.project || null,
        kinds: kind ? [kind] : null,
        authorOrganizationId: applied.org || null,
        from: dayStart(applied.from),
        to: dayStart(applied.to, true),
      },
    },
    skip: query.trim() === '',
  });

  const go = (q: string, filters: Record<FilterKey, string>) => {
    const next = new URLSearchParams({ q: q.trim() });
    for (const key of FILTER_KEYS) if (filters[key]) next.set(key, filters[key]);
    void navigate(`/search?${next}`);
  };
  const result = data?.search;
  const emptyReason = query.trim() === '' ? 'EMPTY_QUERY' : result?.emptyReason;

  return (
    <>
      <h1>{query ? t('page.titleWithQuery', { query }) : t('page.title')}</h1>
      <form
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          go(typed, draft);
        }}
      >
        <Field
          id="search-query"
          label={t('page.query')}
          value={typed}
          onChange={setTyped}
          maxLength={MAX_QUERY_LENGTH}
          hint={t('page.syntax')}
        />
        <fieldset className="search-filters">
          <legend className="visually-hidden">{t('page.filters')}</legend>
          <SelectField
            id="search-project"
            label={t('page.project')}
            value={draft.project}
            onChange={(project) => setDraft({ ...draft, project })}
            placeholder={t('page.allProjects')}
            options={(options.data?.myProjects ?? []).map((p) => ({ value: p.id, label: p.title }))}
          />
          <SelectField
            id="search-kind"
            label={t('page.kind')}
            value={draft.kind}
            onChange={(value) => setDraft({ ...draft, kind: value })}
            placeholder={t('page.allKinds')}
            options={SEARCH_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
          <SelectField
            id="search-org"
            label={t('page.organization')}
            hint={t('page.organizationHint')}
            value={draft.org}
            onChange={(org) => setDraft({ ...draft, org })}
            placeholder={t('page.allOrganizations')}
            options={(options.data?.organizations ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
          <Field
            id="search-from"
            type="date"
            label={t('page.from')}
            value={draft.from}
            onChange={(from) => setDraft({ ...draft, from })}
          />
          <Field
            id="search-to"
            type="date"
            label={t('page.to')}
            value={draft.to}
            onChange={(to) => setDraft({ ...draft, to })}
          />
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('page.submit')}
          </button>
          {FILTER_KEYS.some((k) => applied[k]) && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => go(typed, { project: '', kind: '', org: '', from: '', to: '' })}
            >
              {t('page.clear')}
            </button>
          )}
        </div>
      </form>

      {loading && <Loading />}
      <ErrorAlert error={error} />
      <div role="status" className="search-status">
        {result && result.hitCount > 0 && <p>{t('page.results', { count: result.hitCount })}</p>}
      </div>
      {emptyReason && !loading && (
        <div className="search-empty">
          <p>{t(`empty.${emptyReason}`, { query })}</p>
          {emptyReason !== 'EMPTY_QUERY' && <p>{t('empty.tips')}</p>}
          <p>
            {t('empty.suggestions')}{' '}
            {SUGGESTIONS.map((s, i) => (
              <span key={s}>
                {i > 0 && ', '}
                <Link to={`/search?${new URLSearchParams({ q: s })}`}>{s}</Link>
              </span>
            ))}
          </p>
        </div>
      )}
      {result && result.hitCount > 0 && <SearchResults groups={result.groups} />}
      {result?.hasMore && <p>{t('page.hasMore')}</p>}
    </>
  );
}
