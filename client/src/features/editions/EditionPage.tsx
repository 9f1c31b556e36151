import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { formatDate } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import './i18n';
import { datedFileName, DOCX_TYPE, downloadBase64, downloadText, PDF_TYPE } from '../../components/download';
import { EDITION_FIELDS } from './edition.fragments';
import { DOCUMENT_EDITIONS, EDITION, EDITION_DOCX, EDITION_HTML, EDITION_PDF } from './operations';
import './editions.css';

const STARTS_WITH_HEADING = /^\s*<h[1-3][\s>]/i;

/** One published edition: its frozen text chapter by chapter, and downloads as HTML, Word and PDF. */
export function EditionPage() {
  const { t, i18n } = useTranslation('editions');
  const { t: tApp } = useTranslation();
  const { editionId = '' } = useParams();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(EDITION, { variables: { id: editionId } });
  const edition = readFragment(EDITION_FIELDS, data?.edition);
  const { data: docData } = useQuery(DOCUMENT_EDITIONS, {
    variables: { documentId: edition?.documentId ?? '' },
    skip: !edition,
  });
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const doc = docData?.document;
  const title = edition ? t('edition.title', { number: edition.number }) : null;
  usePageTitle(title && doc ? `${title}: ${doc.title}` : (title ?? (error ? t('edition.notFound') : null)));

  if (loading && !data) return <Loading />;
  if (error || !edition)
    return (
      <>
        <h1>{t('edition.notFound')}</h1>
        <ErrorAlert error={error} />
      </>
    );

  // Each format is fetched only when asked for (network-only: a file is not kept in the cache).
  async function onDownload(format: 'html' | 'docx' | 'pdf') {
    setMessage(t('edition.preparing'));
    setDownloadError(null);
    setBusy(true);
    try {
      const variables = { id: editionId };
      const name = (ext: string) =>
        datedFileName(
          [doc?.project.title ?? '', doc?.title ?? '', `udgave-${edition!.number}`],
          ext,
          edition!.publicationDate,
        );
      if (format === 'html') {
        const { data: html } = await client.query({ query: EDITION_HTML, variables });
        if (html) downloadText(html.edition.html, name('html'), 'text/html;charset=utf-8');
        setMessage(t('edition.downloaded'));
      } else if (format === 'docx') {
        const { data: docx } = await client.query({
          query: EDITION_DOCX,
          variables,
          fetchPolicy: 'no-cache',
        });
        if (docx) downloadBase64(docx.edition.docx, name('docx'), DOCX_TYPE);
        setMessage(t('edition.downloadedDocx'));
      } else {
        const { data: pdf } = await client.query({ query: EDITION_PDF, variables, fetchPolicy: 'no-cache' });
        if (pdf) downloadBase64(pdf.edition.pdf, name('pdf'), PDF_TYPE);
        setMessage(t('edition.downloadedPdf'));
      }
    } catch (e) {
      setMessage('');
      setDownloadError(e);
    } finally {
      setBusy(false);
    }
  }

  const date = formatDate(edition.publicationDate, i18n.language);
  const chapters = [...(data?.edition?.chapters ?? [])].sort((a, b) => a.position - b.position);
  return (
    <>
      {doc && (
        <Breadcrumbs
          items={[
            { label: tApp('nav.myProjects'), to: '/' },
            { label: doc.project.title, to: `/projects/${doc.project.id}` },
            { label: t('list.title'), to: `/documents/${doc.id}/editions` },
            { label: title! },
          ]}
        />
      )}
      <h1>
        {title}
        {doc && <span className="h1-sub">{doc.title}</span>}
      </h1>
      <p className="font-lead">
        {edition.publishedBy
          ? t('edition.meta', { date, name: edition.publishedBy.name })
          : t('edition.metaNoName', { date })}
        {edition.note && ` · ${edition.note}`}
      </p>
      <div className="button-row mb-6" role="group" aria-label={t('edition.downloads')}>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void onDownload('html')}
        >
          {t('edition.download')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void onDownload('docx')}
        >
          {t('edition.downloadDocx')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void onDownload('pdf')}
        >
          {t('edition.downloadPdf')}
        </button>
      </div>
      <ErrorAlert error={downloadError} />
      <p role="status" className="status-line">
        {message}
      </p>
      <p>{t('edition.frozen')}</p>
      <nav aria-labelledby="edition-contents">
        <h2 id="edition-contents" className="h3">
          {t('edition.contents')}
        </h2>
        <ol>
          {chapters.map((c) => (
            <li key={c.id}>
              <a href={`#edition-chapter-${c.id}`}>{c.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {chapters.map((c) => (
        <section
          key={c.id}
          id={`edition-chapter-${c.id}`}
          className="edition-chapter"
          aria-label={c.title}
          tabIndex={-1}
        >
          {/* Most chapter texts open with their own heading; add the title only where one does not. */}
          {!STARTS_WITH_HEADING.test(c.html) && <h2>{c.title}</h2>}
          {/* Sanitised by the server from the document schema, as published. */}
          <div className="edition-chapter__text" dangerouslySetInnerHTML={{ __html: c.html }} />
        </section>
      ))}
    </>
  );
}
