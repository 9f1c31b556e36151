import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import './i18n';
import { OpenRoundForm } from './OpenRoundForm';
import { DOCUMENT_ROUNDS } from './operations';
import { ROUND_FIELDS } from './round.fragments';
import { RoundState } from './RoundState';
import './review.css';

/** A document's review rounds, newest first; coordinators open a new one here. */
export function RoundsPage() {
  const { t, i18n } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const { documentId = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(DOCUMENT_ROUNDS, {
    variables: { documentId },
    fetchPolicy: 'cache-and-network',
  });
  const doc = data?.document;
  usePageTitle(doc ? `${t('list.title')}: ${doc.title}` : t('list.title'));

  if (loading && !data) return <Loading />;
  if (error || !doc || !data)
    return (
      <>
        <h1>{t('list.title')}</h1>
        <ErrorAlert error={error} />
      </>
    );

  const project = doc.project;
  const rounds = readFragment(ROUND_FIELDS, data.reviewRounds);
  const fmt = (iso: string) => formatDateTime(iso, i18n.language);
  const reviewerOrgs = project.memberGroups
    .filter((g) => g.role === 'REVIEWER')
    .flatMap((g) => g.organizations.map((o) => o.organization))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tApp('nav.myProjects'), to: '/' },
          { label: project.title, to: `/projects/${project.id}` },
          { label: doc.title },
          { label: t('list.title') },
        ]}
      />
      <h1>
        {t('list.title')}
        <span className="h1-sub">{doc.title}</span>
      </h1>
      <p className="font-lead">{t('list.intro')}</p>

      {rounds.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('list.caption', { document: doc.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.round')}</th>
                <th scope="col">{t('list.period')}</th>
                <th scope="col">{t('list.deadline')}</th>
                <th scope="col">{t('list.state')}</th>
                <th scope="col">{t('list.chapters')}</th>
                <th scope="col">{t('list.parties')}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/rounds/${r.id}`}>{r.title}</Link>
                  </th>
                  <td>
                    {fmt(r.openedAt)} – {fmt(r.deadline)}
                  </td>
                  <td>{fmt(r.deadline)}</td>
                  <td>
                    <RoundState round={r} />
                  </td>
                  <td>{r.chapters.length}</td>
                  <td>{r.hearingList.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {project.viewerCan.manage && (
        <OpenRoundForm
          documentId={doc.id}
          chapters={doc.chapters}
          openRounds={rounds.filter((r) => r.isOpen)}
          organizations={reviewerOrgs}
          onOpened={(roundId) => void navigate(`/rounds/${roundId}`)}
        />
      )}
    </>
  );
}
