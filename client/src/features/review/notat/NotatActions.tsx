import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOCX_TYPE,
  PDF_TYPE,
  datedFileName,
  downloadBase64,
  downloadText,
} from '../../../components/download';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FINALISE_NOTAT, NEW_NOTAT_DRAFT, NOTAT_FILE } from './operations';
import type { Notat } from './types';

type Format = 'pdf' | 'docx' | 'html';

interface Props {
  notat: Notat;
  /** The round is still open: finalising waits for it to close. */
  roundOpen: boolean;
  canManage: boolean;
  onChanged: (message: string, version?: number) => void;
}

/** Downloads of the notat, and the coordinator's "Færdiggør høringsnotat", asked in a ConfirmDialog first. */
export function NotatActions({ notat, roundOpen, canManage, onChanged }: Props) {
  const { t } = useTranslation('review');
  const client = useApolloClient();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [finalise, finalising] = useMutation(FINALISE_NOTAT);
  const [newDraft, drafting] = useMutation(NEW_NOTAT_DRAFT);

  async function download(format: Format) {
    setBusy(format);
    setError(null);
    try {
      const { data } = await client.query({
        query: NOTAT_FILE,
        variables: {
          roundId: notat.roundId,
          version: notat.version,
          pdf: format === 'pdf',
          docx: format === 'docx',
          html: format === 'html',
        },
        fetchPolicy: 'no-cache',
      });
      const file = data?.consultationNotat;
      const filename = datedFileName([notat.projectTitle, 'hoeringsnotat'], format);
      if (file?.pdf) downloadBase64(file.pdf, filename, PDF_TYPE);
      else if (file?.docx) downloadBase64(file.docx, filename, DOCX_TYPE);
      else if (file?.html) downloadText(file.html, filename, 'text/html;charset=utf-8');
      else return;
      onChanged(t('notat.downloaded', { filename }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function onFinalise() {
    const result = await finalise({ variables: { roundId: notat.roundId } }).catch(() => null);
    setConfirming(false);
    const version = result?.data?.finaliseConsultationNotat.version;
    // A refusal is shown by the ErrorAlert; the dialog closes and returns focus to the button either way.
    if (version) onChanged(t('notat.finalised', { version }), version);
  }

  async function onNewDraft() {
    const result = await newDraft({ variables: { roundId: notat.roundId } }).catch(() => null);
    const version = result?.data?.newConsultationNotatDraft.version;
    if (version) onChanged(t('notat.newDraftMade', { version }), version);
  }

  return (
    <div className="mb-6">
      <div className="button-row">
        {(['pdf', 'docx', 'html'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button-secondary"
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {busy === format
              ? t('notat.downloading')
              : t(
                  format === 'pdf'
                    ? 'notat.downloadPdf'
                    : format === 'docx'
                      ? 'notat.downloadDocx'
                      : 'notat.downloadHtml',
                )}
          </button>
        ))}
      </div>
      <ErrorAlert error={error ?? finalising.error ?? drafting.error} />
      {canManage && notat.status === 'DRAFT' && roundOpen && (
        <p className="form-hint">{t('notat.finaliseWhenClosed')}</p>
      )}
      {notat.viewerCan.finalise && (
        <button type="button" className="button button-primary mt-4" onClick={() => setConfirming(true)}>
          {t('notat.finalise')}
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('notat.finaliseTitle', { version: notat.version })}
        confirmLabel={t('notat.finaliseYes')}
        busy={finalising.loading}
        onConfirm={() => void onFinalise()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('notat.finaliseConfirm')}</p>
      </ConfirmDialog>
      {notat.viewerCan.newDraft && (
        <button
          type="button"
          className="button button-secondary mt-4"
          disabled={drafting.loading}
          onClick={() => void onNewDraft()}
        >
          {t('notat.newDraft')}
        </button>
      )}
    </div>
  );
}
