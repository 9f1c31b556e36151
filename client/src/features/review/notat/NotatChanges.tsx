import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Notat } from './types';

/**
 * Section 3: what changed in each chapter since the round opened, and the proposals that were met, each
 * linked to its thread in the chapter.
 */
export function NotatChanges({ notat }: { notat: Notat }) {
  const { t } = useTranslation('review');
  return (
    <section aria-labelledby="notat-s3" className="report-chapter">
      <h2 id="notat-s3">{t('notat.s3')}</h2>
      <p>{t('notat.s3text')}</p>
      {notat.changes.map((change) => (
        <section key={change.chapterId} aria-labelledby={`notat-change-${change.chapterId}`}>
          <h3 id={`notat-change-${change.chapterId}`}>{change.title}</h3>
          {change.accepted.length > 0 && (
            <table className="table table--compact">
              <caption>{t('notat.acceptedCaption', { chapter: change.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('notat.proposer')}</th>
                  <th scope="col">{t('notat.text')}</th>
                  <th scope="col">{t('notat.changedTo')}</th>
                </tr>
              </thead>
              <tbody>
                {change.accepted.map((a) => (
                  <tr key={a.commentId}>
                    <td>
                      <Link to={`/chapters/${change.chapterId}?comment=${a.commentId}`}>
                        {a.organizationName}
                      </Link>
                    </td>
                    <td>{a.quote || '–'}</td>
                    <td>{a.proposal || t('notat.deleted')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {!change.startVersionId ? (
            <p>{t('notat.noStart')}</p>
          ) : change.segments.length === 0 ? (
            <p>{t('notat.unchanged')}</p>
          ) : (
            <>
              <p>{t('notat.words', { inserted: change.insertedWords, deleted: change.deletedWords })}</p>
              <p className="notat-diff">
                {change.segments.map((s, i) =>
                  s.type === 'INSERT' ? (
                    <ins key={i} aria-label={`${t('notat.inserted')}: ${s.text}`}>
                      {s.text}
                    </ins>
                  ) : s.type === 'DELETE' ? (
                    <del key={i} aria-label={`${t('notat.removed')}: ${s.text}`}>
                      {s.text}
                    </del>
                  ) : (
                    <span key={i}>{s.text}</span>
                  ),
                )}
              </p>
              {change.omittedChanges > 0 && <p>{t('notat.moreChanges', { count: change.omittedChanges })}</p>}
            </>
          )}
          {change.startVersionId && (
            <p>
              <Link to={`/versions/${change.startVersionId}`}>{t('notat.startVersion')}</Link>
              {change.endVersionId && (
                <>
                  {' · '}
                  <Link to={`/versions/${change.endVersionId}`}>{t('notat.endVersion')}</Link>
                </>
              )}
            </p>
          )}
        </section>
      ))}
    </section>
  );
}
