import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfo } from '../../lib/errors';
import { MEMBERSHIP_FIELDS } from '../../lib/fragments';
import { readFragment } from '../../lib/graphql';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { ROLES, roleKey, type Role } from '../../lib/labels';
import { InviteLink } from './InviteLink';
import { ADD_MEMBER, ORGANIZATIONS } from './operations';

interface Props {
  projectId: string;
  onAdded: () => Promise<unknown>;
}

type Outcome = { name: string; inviteUrl: string | null } | null;

/**
 * Adds a person by email. An email the server does not know comes back as
 * BAD_USER_INPUT on `name` or `organizationId`; then the form asks for both and resubmits.
 */
export function AddMemberForm({ projectId, onAdded }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('AUTHOR');
  const [isApprover, setIsApprover] = useState(false);
  const [newUser, setNewUser] = useState(false);
  const [name, setName] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [addMember, { loading }] = useMutation(ADD_MEMBER);
  const orgs = useQuery(ORGANIZATIONS, { skip: !newUser });
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (newUser) nameRef.current?.focus();
  }, [newUser]);

  const info = error ? errorInfo(error) : null;
  const fieldError = (field: string) =>
    info?.field === field && newUser ? t(`errors.fields.${field}`) : null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setOutcome(null);
    try {
      const result = await addMember({
        variables: {
          input: {
            projectId,
            email: email.trim(),
            role,
            isApprover,
            ...(newUser ? { name: name.trim(), organizationId: organizationId || null } : {}),
          },
        },
      });
      const added = result.data?.addMember;
      setOutcome({
        name: readFragment(MEMBERSHIP_FIELDS, added?.membership)?.user.name ?? email,
        inviteUrl: added?.inviteUrl ?? null,
      });
      setEmail('');
      setName('');
      setOrganizationId('');
      setIsApprover(false);
      setNewUser(false);
      await onAdded();
    } catch (e) {
      const failed = errorInfo(e);
      if (
        !newUser &&
        failed.code === 'BAD_USER_INPUT' &&
        (failed.field === 'name' || failed.field === 'organizationId')
      ) {
        setNewUser(true);
        return;
      }
      setError(e);
    }
  }

  return (
    <>
      {outcome?.inviteUrl && <InviteLink name={outcome.name} url={outcome.inviteUrl} />}
      {outcome && !outcome.inviteUrl && (
        <Alert variant="success" role="status" heading={t('members.added', { name: outcome.name })} />
      )}
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        className="add-member"
        aria-labelledby="add-member-heading"
      >
        <h2 id="add-member-heading">{t('members.add.heading')}</h2>
        <ErrorAlert error={error} overrides={{ 'CONFLICT:email': 'members.errors.alreadyMember' }} />
        <Field
          id="member-email"
          type="email"
          label={t('members.add.email')}
          autoComplete="off"
          value={email}
          maxLength={254}
          error={info?.field === 'email' ? t('errors.fields.email') : null}
          onChange={(value) => {
            setEmail(value);
            if (newUser) setNewUser(false);
          }}
        />
        <div className="form-group">
          <label className="form-label" htmlFor="member-role">
            {t('members.role')}
          </label>
          <select
            className="form-select"
            id="member-role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(roleKey(r))}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <div className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id="member-approver"
              checked={isApprover}
              aria-describedby="member-approver-hint"
              onChange={(e) => setIsApprover(e.target.checked)}
            />
            <label htmlFor="member-approver">{t('members.approverLabel')}</label>
            <span className="form-hint" id="member-approver-hint">
              {t('members.approverHint')}
            </span>
          </div>
        </div>
        {newUser && (
          <fieldset className="new-user">
            <legend className="h4">{t('members.add.newUserLegend')}</legend>
            <Alert variant="info" role="status">
              <p>{t('members.add.unknownEmail', { email: email.trim() })}</p>
            </Alert>
            <Field
              id="member-name"
              label={t('members.add.name')}
              value={name}
              maxLength={200}
              autoComplete="off"
              ref={nameRef}
              error={fieldError('name')}
              onChange={setName}
            />
            <div className={`form-group${fieldError('organizationId') ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor="member-organization">
                {t('members.add.organization')}
              </label>
              {fieldError('organizationId') && (
                <span className="form-error-message" id="member-organization-error">
                  {fieldError('organizationId')}
                </span>
              )}
              <select
                className="form-select"
                id="member-organization"
                value={organizationId}
                aria-describedby={fieldError('organizationId') ? 'member-organization-error' : undefined}
                aria-invalid={fieldError('organizationId') ? true : undefined}
                onChange={(e) => setOrganizationId(e.target.value)}
              >
                <option value="">
                  {orgs.loading ? t('app.loading') : t('members.add.chooseOrganization')}
                </option>
                {orgs.data?.organizations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        )}

        <button type="submit" className="button button-primary mt-5" disabled={loading}>
          {newUser ? t('members.add.submitInvite') : t('members.add.submit')}
        </button>
      </form>
    </>
  );
}
