import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import './i18n';
import { EDITION_FIELDS } from './edition.fragments';
import { DOCUMENT_EDITIONS, PUBLISH_EDITION, START_DOCUMENT_REVISION } from './operations';

const ERRORS = {
  CONFLICT: 'editions:errors.notAllApproved',
  'BAD_USER_INPUT:publicationDate': 'editions:errors.publicationDate',
  'BAD_USER_INPUT:note': 'editions:errors.note',
};

const today = () => new Date().toISOString().slice(0, 10);

function Overdue({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation('editions');
  return overdue ? (
    <>
      {' '}
      <span className="badge badge-error">{t('list.overdue')}</span>
    </>
  ) : null;
}

/** A document's editions; coordinators publish the next one once every chapter is approved, and start revisions. */
export function EditionsPage() {
  const { t, i18n } = useTranslation('editions');
  const { t: tApp } = useTranslation();
  const { documentId = '' } = useParams();
  const ids = { date: useId(), note: useId() };
  const { data, loading, error, refetch } = useQuery(DOCUMENT_EDITIONS, {
    variables: { documentId },
    fetchPolicy: 'cache-and-network',
  });
  const [publish, publishing] = useMutation(PUBLISH_EDITION);
  const [startRevision] = useMutation(START_DOCUMENT_REVISION);
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const doc = data?.document;
  usePageTitle(doc ? `${t('list.title')}: ${doc.title}` : t('list.title'));

  if (loading && !data) return <Loading />;
  if (error || !doc)
    return (
      <>
        <h1>{t('list.title')}</h1>
        <ErrorAlert error={error} />
      </>
    );

  const project = doc.project;
  const editions = readFragment(EDITION_FIELDS, doc.editions);
  const latest = editions[0];
  const nextNumber = (latest?.number ?? 0) + 1;
  const unapproved = doc.chapters.filter((c) => c.status !== 'APPROVED').length;
  const canManage = project.viewerCan.manage;
  const revisionOpen = !latest || !!latest.revisionStartedAt;
  const fmt = (d: string) => formatDate(d, i18n.language);

  function onAskPublish(event: FormEvent) {
    event.preventDefault();
    setConfirming(true);
  }

  async function onPublish() {
    setActionError(null);
    setMessage('');
    try {
      const result = await publish({
        variables: {
          input: { documentId, publicationDate: date || null, note: note.trim() || null },
        },
      });
      setMessage(
        t('publish.published', {
          number: readFragment(EDITION_FIELDS, result.data?.publishEdition)?.number ?? nextNumber,
        }),
      );
      setNote('');
    } catch (e) {
      setActionError(e);
    }
    setConfirming(false);
    await refetch().catch(() => undefined);
  }

  async function onStartRevision() {
    setActionError(null);
    setMessage('');
    try {
      await startRevision({ variables: { documentId } });
      setMessage(t('revision.started'));
    } catch (e) {
      setActionError(e);
    }
    await refetch().catch(() => undefined);
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tApp('nav.myProjects'), to: '/' },
          { label: project.title, to: `/projects/${project.id}` },
          { label: t('list.title') },
        ]}
      />
      <h1>
        {t('list.title')}
        <span className="h1-sub">{doc.title}</span>
      </h1>
      <p className="font-lead">{t('list.intro')}</p>
      <ErrorAlert error={actionError} overrides={ERRORS} />
      <p role="status" className="status-line">
        {message}
      </p>

      {editions.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('list.caption', { document: doc.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.number')}</th>
                <th scope="col">{t('list.published')}</th>
                <th scope="col">{t('list.followUp')}</th>
                <th scope="col">{t('list.revision')}</th>
                <th scope="col">{t('list.note')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {editions.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{e.number}</th>
                  <td>{fmt(e.publicationDate)}</td>
                  <td>
                    {fmt(e.followUpDue)}
                    <Overdue overdue={e.followUpOverdue} />
                  </td>
                  <td>
                    {fmt(e.revisionDue)}
                    <Overdue overdue={e.revisionOverdue} />
                    {e.revisionStartedAt && (
                      <span className="d-block">
                        {t('list.revisionStarted', { date: fmt(e.revisionStartedAt) })}
                      </span>
                    )}
                  </td>
                  <td>{e.note}</td>
                  <td>
                    <Link to={`/editions/${e.id}`} aria-label={t('list.viewLabel', { number: e.number })}>
                      {t('list.view')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {canManage && latest && !latest.revisionStartedAt && (
        <section aria-labelledby="revision-heading" className="mt-6">
          <h2 id="revision-heading" className="h3">
            {t('revision.heading')}
          </h2>
          <p>{t('revision.intro')}</p>
          <ConfirmButton
            label={t('revision.start')}
            question={t('revision.question', { number: latest.number })}
            confirmLabel={t('revision.confirm')}
            onConfirm={onStartRevision}
          />
        </section>
      )}

      {canManage && revisionOpen && (
        <section aria-labelledby="publish-heading" className="mt-6">
          <h2 id="publish-heading" className="h3">
            {t('publish.heading')}
          </h2>
          {doc.chapters.length === 0 ? (
            <p>{t('publish.noChapters')}</p>
          ) : unapproved > 0 ? (
            <p>{t('publish.notReady', { count: unapproved })}</p>
          ) : (
            <form onSubmit={onAskPublish} noValidate>
              <p>{t('publish.ready')}</p>
              <Field
                id={ids.date}
                type="date"
                label={t('publish.date')}
                hint={t('publish.dateHint')}
                value={date}
                onChange={setDate}
              />
              <Field
                id={ids.note}
                label={t('publish.note')}
                hint={t('publish.noteHint')}
                value={note}
                onChange={setNote}
                multiline
                maxLength={2000}
              />
              <button type="submit" className="button button-primary" disabled={publishing.loading}>
                {t('publish.submit', { number: nextNumber })}
              </button>
              <ConfirmDialog
                open={confirming}
                title={t('publish.confirmTitle', { number: nextNumber, title: doc.title })}
                confirmLabel={t('publish.confirm', { number: nextNumber })}
                busy={publishing.loading}
                onConfirm={() => void onPublish()}
                onCancel={() => setConfirming(false)}
              >
                <p>{t('publish.confirmBody', { date: date ? fmt(date) : fmt(today()) })}</p>
              </ConfirmDialog>
            </form>
          )}
        </section>
      )}
    </>
  );
}
