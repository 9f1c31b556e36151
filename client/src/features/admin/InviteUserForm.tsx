import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfo } from '../../lib/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { InviteLink } from '../members/InviteLink';
import { readFragment } from '../../lib/graphql';
import { ADMIN_ORGANIZATIONS, CREATE_USER } from './operations';
import { ORGANIZATION_FIELDS } from './organization.fragments';
import { USER_FIELDS } from './UserRow.fragments';

/** Creates a user in an organisation and shows the one-time link (Samskriv sends no mail). */
export function InviteUserForm({ onInvited }: { onInvited: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [isSystemAdmin, setIsSystemAdmin] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingOrg, setMissingOrg] = useState(false);
  const [invited, setInvited] = useState<{ name: string; url: string } | null>(null);
  const [createUser, { loading }] = useMutation(CREATE_USER);
  const orgs = useQuery(ADMIN_ORGANIZATIONS);
  const info = error ? errorInfo(error) : null;
  const fieldError = (field: string) =>
    info?.field === field
      ? info.code === 'CONFLICT'
        ? t(`errors.conflicts.${field}`, { defaultValue: t('errors.CONFLICT') })
        : t(`errors.fields.${field}`, { defaultValue: t('errors.BAD_USER_INPUT') })
      : null;
  const orgError = missingOrg ? t('errors.fields.organizationId') : fieldError('organizationId');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setInvited(null);
    setMissingOrg(!organizationId);
    // Without an organisation there is no id to send; say so here rather than send a request to refuse.
    if (!organizationId) return;
    try {
      const result = await createUser({
        variables: {
          input: { name: name.trim(), email: email.trim(), organizationId, isSystemAdmin },
        },
      });
      const created = result.data?.createUser;
      if (created) setInvited({ name: readFragment(USER_FIELDS, created.user).name, url: created.inviteUrl });
      setName('');
      setEmail('');
      setOrganizationId('');
      setIsSystemAdmin(false);
      await onInvited();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      {invited && (
        <InviteLink
          name={invited.name}
          url={invited.url}
          heading={t('admin.users.invitedHeading', { name: invited.name })}
        />
      )}
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        className="admin-form"
        aria-labelledby="invite-user-heading"
      >
        <h2 id="invite-user-heading">{t('admin.users.inviteHeading')}</h2>
        <ErrorAlert error={error} />
        <Field
          id="invite-name"
          label={t('members.add.name')}
          value={name}
          onChange={setName}
          maxLength={200}
          autoComplete="off"
          error={fieldError('name')}
        />
        <Field
          id="invite-email"
          type="email"
          label={t('members.add.email')}
          value={email}
          onChange={setEmail}
          maxLength={254}
          autoComplete="off"
          error={fieldError('email')}
        />
        <div className={`form-group${orgError ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="invite-organization">
            {t('members.add.organization')}
          </label>
          {orgError && (
            <span className="form-error-message" id="invite-organization-error">
              {orgError}
            </span>
          )}
          <select
            className="form-select"
            id="invite-organization"
            value={organizationId}
            aria-describedby={orgError ? 'invite-organization-error' : undefined}
            aria-invalid={orgError ? true : undefined}
            onChange={(e) => setOrganizationId(e.target.value)}
          >
            <option value="">{orgs.loading ? t('app.loading') : t('members.add.chooseOrganization')}</option>
            {readFragment(ORGANIZATION_FIELDS, orgs.data?.organizations ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <div className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id="invite-admin"
              checked={isSystemAdmin}
              aria-describedby="invite-admin-hint"
              onChange={(e) => setIsSystemAdmin(e.target.checked)}
            />
            <label htmlFor="invite-admin">{t('admin.users.systemAdmin')}</label>
            <span className="form-hint" id="invite-admin-hint">
              {t('admin.users.systemAdminHint')}
            </span>
          </div>
        </div>
        <button type="submit" className="button button-primary mt-5" disabled={loading}>
          {t('admin.users.invite')}
        </button>
      </form>
    </>
  );
}
