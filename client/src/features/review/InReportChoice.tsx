import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../lib/useAction';
import type { ThreadView } from './commentView';
import './i18n';
import { SET_COMMENT_IN_REPORT } from './operations';

/** The working group chooses one of its internal comments for a round's consultation report. */
export function InReportChoice({
  thread,
  round,
  onChanged,
}: {
  thread: ThreadView;
  round: { id: string; title: string };
  onChanged: () => unknown;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const action = useAction();
  const [setInReport] = useMutation(SET_COMMENT_IN_REPORT);
  // Shown at once; back to what the server has if it refuses.
  const [pending, setPending] = useState<boolean | null>(null);
  const included = pending ?? thread.reportRoundId === round.id;

  async function onToggle(include: boolean) {
    setPending(include);
    const saved = await action.run(
      () => setInReport({ variables: { id: thread.id, include, roundId: round.id } }),
      { success: include ? t('sidebar.inReportSaved') : t('sidebar.outReportSaved') },
    );
    setPending(null);
    if (saved) onChanged();
  }

  return (
    <div className="form-group">
      <div className="form-group-checkbox">
        <input
          className="form-checkbox"
          type="checkbox"
          id={`${id}-report`}
          checked={included}
          disabled={action.pending}
          onChange={(e) => void onToggle(e.target.checked)}
        />
        <label htmlFor={`${id}-report`}>{t('sidebar.inReport', { round: round.title })}</label>
      </div>
      <ErrorAlert error={action.error} />
      {action.message && (
        <p role="status" className="status-line">
          {action.message}
        </p>
      )}
    </div>
  );
}
