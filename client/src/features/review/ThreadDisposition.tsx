import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { orgLabel } from '../../lib/format';
import type { ThreadView } from './commentView';
import {
  DispositionChoice,
  DispositionOutcome,
  DispositionReply,
  useDispositionForm,
} from './DispositionForm';
import './i18n';

/** The working group's disposition of a reviewer's comment, right in the thread. */
export function ThreadDisposition({ thread, onChanged }: { thread: ThreadView; onChanged: () => unknown }) {
  const { t } = useTranslation('review');
  const form = useDispositionForm(thread, onChanged);
  const organization = orgLabel(thread.organization);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.save();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="thread-disposition">
      <DispositionChoice form={form} label={t('sidebar.dispositionOf', { organization })} />
      <DispositionReply form={form} label={t('sidebar.dispositionReply', { organization })} rows={2} />
      <button type="submit" className="button button-secondary button-small" disabled={form.action.pending}>
        {t('sidebar.dispositionSave')}
      </button>
      <DispositionOutcome form={form} />
    </form>
  );
}
