import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';
import { DOCX_TYPE, downloadBase64, downloadText } from '../../components/download';
import './i18n';
import { dispositionKey, proposalStatusKey } from './labels';
import { CONSULTATION_REPORT, CONSULTATION_REPORT_DOCX } from './operations';
import './review.css';

/** A safe file name from the round's title: letters, digits and dashes. */
const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'runde';

/** The consultation report (høringsnotat) of a round, with HTML and Word downloads. */
export function ReportPage() {
  const { t, i18n } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const { roundId = '' } = useParams();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(CONSULTATION_REPORT, {
    variables: { roundId },
    fetchPolicy: 'cache-and-network',
  });
  const [busy, setBusy] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const report = data?.consultationReport;
  usePageTitle(report ? `${t('report.title')}: ${report.round.title}` : t('report.title'));

  if (loading && !data) return <Loading />;
  if (error || !report)
    return (
      <>
        <h1>{t('report.title')}</h1>
        <ErrorAlert error={error} />
      </>
    );

  const fmt = (iso: string) => formatDateTime(iso, i18n.language);
  const base = `høringsnotat-${slug(report.round.title)}`;

  function onHtml() {
    const filename = `${base}.html`;
    downloadText(report!.html, filename, 'text/html;charset=utf-8');
    setMessage(t('report.downloaded', { filename }));
  }

  async function onDocx() {
    setBusy(true);
    setDownloadError(null);
    setMessage('');
    try {
      const result = await client.query({
        query: CONSULTATION_REPORT_DOCX,
        variables: { roundId },
        fetchPolicy: 'network-only',
      });
      const base64 = result.data?.consultationReportDocx;
      if (base64) {
        const filename = `${base}.docx`;
        downloadBase64(base64, filename, DOCX_TYPE);
        setMessage(t('report.downloaded', { filename }));
      }
    } catch (e) {
      setDownloadError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tApp('nav.myProjects'), to: '/' },
          { label: t('list.title'), to: `/documents/${report.round.documentId}/rounds` },
          { label: report.round.title, to: `/rounds/${report.round.id}` },
          { label: t('report.title') },
        ]}
      />
      <h1>
        {t('report.title')}
        <span className="h1-sub">
          {report.documentTitle}: {report.round.title}
        </span>
      </h1>
      <p className="font-lead">
        {t('report.period', { period: `${fmt(report.periodStart)} – ${fmt(report.periodEnd)}` })}
      </p>

      <div className="button-row mb-6">
        <button type="button" className="button button-secondary" onClick={onHtml}>
          {t('report.downloadHtml')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void onDocx()}
        >
          {busy ? t('report.downloading') : t('report.downloadDocx')}
        </button>
      </div>
      <ErrorAlert error={downloadError} />
      <p role="status" className="status-line">
        {message}
      </p>

      <section aria-labelledby="report-hearing">
        <h2 id="report-hearing">{t('report.hearingList')}</h2>
        <ul>
          {report.hearingList.map((party) => (
            <li key={party.organization.id}>
              {party.organization.name}: {party.responded ? t('report.responded') : t('report.notResponded')}
            </li>
          ))}
        </ul>
      </section>

      {report.chapters.map((c) => (
        <section key={c.chapter.id} className="report-chapter" aria-labelledby={`report-${c.chapter.id}`}>
          <h2 id={`report-${c.chapter.id}`}>{c.chapter.title}</h2>
          {c.organizations.length === 0 && <p>{t('report.noComments')}</p>}
          {c.organizations.map((o) => (
            <section key={o.organization.id} aria-labelledby={`report-${c.chapter.id}-${o.organization.id}`}>
              <h3 id={`report-${c.chapter.id}-${o.organization.id}`}>{o.organization.name}</h3>
              {o.comments.map((comment) => (
                <div key={comment.commentId} className="report-comment">
                  <dl>
                    <dt>{t('disposition.quote')}</dt>
                    <dd className="review-quote">{comment.quote ?? t('disposition.wholeChapter')}</dd>
                    <dt>{t('disposition.comment')}</dt>
                    <dd>
                      {comment.body}
                      <br />
                      <span className="form-hint">{t('report.author', { name: comment.authorName })}</span>
                    </dd>
                    {comment.proposal && (
                      <>
                        <dt>{t('disposition.proposal')}</dt>
                        <dd>
                          {comment.proposal}
                          {comment.proposalStatus && <> ({t(proposalStatusKey(comment.proposalStatus))})</>}
                        </dd>
                      </>
                    )}
                    <dt>{t('disposition.disposition')}</dt>
                    <dd>
                      {comment.disposition ? t(dispositionKey(comment.disposition)) : t('report.notDisposed')}
                    </dd>
                    {comment.dispositionReply && (
                      <>
                        <dt>{t('disposition.reply')}</dt>
                        <dd>{comment.dispositionReply}</dd>
                      </>
                    )}
                  </dl>
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}

      <p className="mt-6">
        <Link to={`/rounds/${report.round.id}`}>
          {t('round.title')}: {report.round.title}
        </Link>
      </p>
    </>
  );
}
