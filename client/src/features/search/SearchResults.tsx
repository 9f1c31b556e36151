import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../lib/format';
import { hitLink } from './searchLinks';

interface Hit {
  kind: string;
  id: string;
  title: string;
  chapterId: string | null;
  chapterTitle: string | null;
  parentId: string | null;
  organizationName: string | null;
  occurredAt: string;
  snippet: readonly { text: string; match: boolean }[];
}
interface Group {
  projectId: string;
  projectTitle: string;
  documents: readonly { documentId: string | null; documentTitle: string | null; hits: readonly Hit[] }[];
}

function Snippet({ parts }: { parts: Hit['snippet'] }) {
  return (
    <p className="search-hit__snippet">
      {parts.map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}

function HitItem({ hit }: { hit: Hit }) {
  const { t, i18n } = useTranslation('search');
  const title =
    hit.kind === 'COMMENT'
      ? t('hit.commentOn', { chapter: hit.chapterTitle ?? '' })
      : hit.kind === 'ASSESSMENT'
        ? t('hit.assessment')
        : hit.kind === 'EDITION'
          ? t('hit.editionChapter', { title: hit.title })
          : hit.title;
  return (
    <li className="search-hit">
      <Link to={hitLink(hit)}>{title}</Link>
      <p className="search-hit__meta">
        {t(`kinds.${hit.kind}`)}
        {hit.organizationName && ` · ${hit.organizationName}`}
        {` · ${formatDate(hit.occurredAt.slice(0, 10), i18n.language)}`}
      </p>
      <Snippet parts={hit.snippet} />
    </li>
  );
}

/** Hits grouped by project (h2) and document (h3, unless named as its project), best first. */
export function SearchResults({ groups }: { groups: readonly Group[] }) {
  const { t } = useTranslation('search');
  return (
    <div className="search-results">
      {groups.map((group) => (
        <section key={group.projectId} aria-labelledby={`search-project-${group.projectId}`}>
          <h2 id={`search-project-${group.projectId}`}>{group.projectTitle}</h2>
          {group.documents.map((document) => (
            <section key={document.documentId ?? 'none'}>
              {/* A project's one document is often named as the project: the same heading twice says nothing. */}
              {document.documentTitle !== group.projectTitle && (
                <h3>{document.documentTitle ?? t('page.outsideDocuments')}</h3>
              )}
              <ul className="search-hits nobullet-list">
                {document.hits.map((hit) => (
                  <HitItem key={`${hit.kind}:${hit.id}`} hit={hit} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
