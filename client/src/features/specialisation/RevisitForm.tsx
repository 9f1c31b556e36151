import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { REVISIT_PLACEMENT } from './operations';

const ERRORS = {
  CONFLICT: 'specialisation:offer.errors.wrongState',
  'BAD_USER_INPUT:reason': 'specialisation:offer.errors.reason',
};

/** A coordinator reopens a placed offer for assessment, saying why. */
export function RevisitForm({ offerId, onDone }: { offerId: string; onDone: (opened: boolean) => void }) {
  const { t } = useTranslation('specialisation');
  const id = useId();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [revisit, { loading }] = useMutation(REVISIT_PLACEMENT);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) {
      setFieldError(t('offer.revisit.reasonMissing'));
      document.getElementById(id)?.focus();
      return;
    }
    setFieldError(null);
    try {
      await revisit({ variables: { input: { offerId, reason: reason.trim() } } });
      setReason('');
      onDone(true);
    } catch (e) {
      setError(e);
      onDone(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="spec-panel">
      <h3 id={`${id}-heading`} className="h4">
        {t('offer.revisit.heading')}
      </h3>
      <p>{t('offer.revisit.intro')}</p>
      <ErrorAlert error={error} overrides={ERRORS} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          id={id}
          label={t('offer.revisit.reason')}
          value={reason}
          onChange={setReason}
          error={fieldError}
          multiline
          required
          maxLength={2000}
        />
        <button type="submit" className="button button-secondary" disabled={loading}>
          {t('offer.revisit.submit')}
        </button>
      </form>
    </section>
  );
}
