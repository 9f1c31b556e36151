import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';

/** The one-time link for a new user; the coordinator passes it on, since Samskriv sends no mail. */
export function InviteLink({ name, url, heading }: { name: string; url: string; heading?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <Alert variant="success" role="status" heading={heading ?? t('members.invite.heading', { name })}>
      <p>{t('members.invite.noMail', { name })}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="invite-url">
          {t('members.invite.linkLabel')}
        </label>
        <div className="input-with-button">
          <input
            className="form-input invite-url"
            id="invite-url"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              navigator.clipboard.writeText(url).then(
                () => setCopied('yes'),
                () => setCopied('no'),
              );
            }}
          >
            {t('members.invite.copy')}
          </button>
        </div>
      </div>
      <p aria-live="polite">
        {copied === 'yes'
          ? t('members.invite.copied')
          : copied === 'no'
            ? t('members.invite.copyFailed')
            : ''}
      </p>
      <p>{t('members.invite.oneTime')}</p>
    </Alert>
  );
}
