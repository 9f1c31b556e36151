import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { readFragment, type ResultOf } from '../../lib/graphql';
import { ImportFileError } from './ImportFileError';
import { ImportRowsTable } from './ImportRowsTable';
import { IMPORT_RESULT_FIELDS } from './importResult.fragments';
import { IMPORT_PROVIDERS, PREVIEW_PROVIDER_IMPORT, PROVIDERS } from './operations';
import { SpecialisationPage } from './SpecialisationPage';

/** The header the server expects (rules file); shown exactly, so people can copy it. */
export const IMPORT_HEADER = 'navn;cvr;kommune;region;type;målgruppe;tilbud;beskrivelse';

type ImportResult = ResultOf<typeof IMPORT_RESULT_FIELDS>;

/** Import wizard: choose or paste a CSV file → preview with a status per row → import → result. */
export function ImportPage() {
  const { t } = useTranslation('specialisation');
  const { projectId = '' } = useParams();
  const client = useApolloClient();
  const ids = { file: useId(), paste: useId() };
  const [csv, setCsv] = useState('');
  const [fileMessage, setFileMessage] = useState('');
  const [preview, setPreview] = useState<{ csv: string; result: ImportResult } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [previewing, setPreviewing] = useState(false);
  const [runImport, importing] = useMutation(IMPORT_PROVIDERS, { refetchQueries: [PROVIDERS] });
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    setPreview(null);
    setFileMessage(t('import.fileRead', { name: file.name }));
  }

  async function onPreview() {
    setError(null);
    setResult(null);
    if (!csv.trim()) {
      setError(new Error('empty'));
      return;
    }
    setPreviewing(true);
    try {
      const answer = await client.query({
        query: PREVIEW_PROVIDER_IMPORT,
        variables: { projectId, csv },
        fetchPolicy: 'no-cache',
      });
      if (answer.data) {
        setPreview({ csv, result: readFragment(IMPORT_RESULT_FIELDS, answer.data.previewProviderImport) });
        window.setTimeout(() => previewHeading.current?.focus(), 0);
      }
    } catch (e) {
      setPreview(null);
      setError(e);
    } finally {
      setPreviewing(false);
    }
  }

  async function onImport() {
    if (!preview) return;
    setError(null);
    try {
      const answer = await runImport({ variables: { projectId, csv: preview.csv } });
      if (answer.data) {
        setResult(readFragment(IMPORT_RESULT_FIELDS, answer.data.importProviders));
        setPreview(null);
        window.setTimeout(() => resultHeading.current?.focus(), 0);
      }
    } catch (e) {
      setError(e);
    }
  }

  function reset() {
    setCsv('');
    setPreview(null);
    setResult(null);
    setFileMessage('');
    setError(null);
  }

  const okRows = preview?.result.rows.filter((r) => r.status === 'OK').length ?? 0;
  const stale = preview !== null && preview.csv !== csv;
  const emptyError = error instanceof Error && error.message === 'empty';

  return (
    <SpecialisationPage
      projectId={projectId}
      title={t('import.title')}
      crumbs={[{ label: t('providers.title'), to: `/projects/${projectId}/providers` }]}
    >
      {({ isCoordinator }) =>
        !isCoordinator ? (
          <Alert variant="warning" role="alert">
            <p>{t('import.errors.coordinatorsOnly')}</p>
          </Alert>
        ) : (
          <>
            <p className="font-lead">{t('import.intro')}</p>
            <section aria-labelledby="import-format-heading">
              <h2 id="import-format-heading" className="h3">
                {t('import.formatHeading')}
              </h2>
              <p>{t('import.format')}</p>
              <pre className="spec-header-line">
                <code>{IMPORT_HEADER}</code>
              </pre>
              <p>{t('import.formatValues')}</p>
            </section>

            {emptyError ? (
              <Alert variant="error" role="alert">
                <p>{t('import.empty')}</p>
              </Alert>
            ) : (
              <ImportFileError error={error} />
            )}

            {result ? (
              <section aria-labelledby="import-result-heading">
                <h2 id="import-result-heading" ref={resultHeading} tabIndex={-1}>
                  {t('import.step3')}
                </h2>
                <Alert variant={result.rejected > 0 ? 'warning' : 'success'} role="status">
                  <p>
                    {t('import.result', {
                      imported: result.imported,
                      rejected: result.rejected,
                      created: result.createdProviders,
                    })}
                  </p>
                </Alert>
                {result.rejected > 0 && (
                  <>
                    <h3 className="h4">{t('import.rejectedHeading')}</h3>
                    <ImportRowsTable
                      rows={result.rows.filter((r) => r.status === 'REJECTED')}
                      caption={t('import.rejectedHeading')}
                    />
                  </>
                )}
                <div className="button-row mt-4">
                  <Link className="button button-primary" to={`/projects/${projectId}/providers`}>
                    {t('import.toProviders')}
                  </Link>
                  <button type="button" className="button button-secondary" onClick={reset}>
                    {t('import.again')}
                  </button>
                </div>
              </section>
            ) : (
              <>
                <section aria-labelledby="import-step1-heading">
                  <h2 id="import-step1-heading">{t('import.step1')}</h2>
                  <div className="form-group">
                    <label className="form-label" htmlFor={ids.file}>
                      {t('import.file')}
                    </label>
                    <span className="form-hint" id={`${ids.file}-hint`}>
                      {t('import.fileHint')}
                    </span>
                    <input
                      id={ids.file}
                      type="file"
                      className="form-file-input"
                      accept=".csv,text/csv,text/plain"
                      aria-describedby={`${ids.file}-hint`}
                      onChange={(e) => void onFile(e)}
                    />
                  </div>
                  <p role="status" className="status-line">
                    {fileMessage}
                  </p>
                  <div className="form-group">
                    <label className="form-label" htmlFor={ids.paste}>
                      {t('import.paste')}
                    </label>
                    <textarea
                      id={ids.paste}
                      className="form-input spec-csv"
                      rows={8}
                      spellCheck={false}
                      value={csv}
                      onChange={(e) => setCsv(e.target.value)}
                    />
                  </div>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={previewing}
                    onClick={() => void onPreview()}
                  >
                    {t('import.preview')}
                  </button>
                </section>

                {preview && (
                  <section aria-labelledby="import-step2-heading" className="mt-6">
                    <h2 id="import-step2-heading" ref={previewHeading} tabIndex={-1}>
                      {t('import.step2')}
                    </h2>
                    <p role="status">
                      {t('import.previewSummary', { count: okRows, rejected: preview.result.rejected })}
                    </p>
                    <ImportRowsTable rows={preview.result.rows} caption={t('import.caption')} />
                    {stale ? (
                      <Alert variant="warning">
                        <p>{t('import.changed')}</p>
                      </Alert>
                    ) : okRows === 0 ? (
                      <p>{t('import.nothingToImport')}</p>
                    ) : (
                      <button
                        type="button"
                        className="button button-primary mt-4"
                        disabled={importing.loading}
                        onClick={() => void onImport()}
                      >
                        {t('import.submit', { count: okRows })}
                      </button>
                    )}
                  </section>
                )}
              </>
            )}
          </>
        )
      }
    </SpecialisationPage>
  );
}
