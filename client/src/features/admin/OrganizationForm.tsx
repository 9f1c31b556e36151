import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfo } from '../../lib/errors';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { ORGANIZATION_KINDS, organizationKindKey, type OrganizationKind } from './labels';
import { CREATE_ORGANIZATION, UPDATE_ORGANIZATION } from './operations';
import { ORGANIZATION_FIELDS } from './organization.fragments';

type Organization = FragmentOf<typeof ORGANIZATION_FIELDS>;

interface Props {
  /** The organisation to rename; without it the form creates a new one. */
  organization?: Organization;
  onDone: (saved: { name: string } | null) => void;
}

/** Creates an organisation, or renames one (name, short name, kind). */
export function OrganizationForm({ organization: organizationRef, onDone }: Props) {
  const organization = readFragment(ORGANIZATION_FIELDS, organizationRef);
  const { t } = useTranslation();
  const editing = Boolean(organization);
  const prefix = editing ? 'edit-org' : 'new-org';
  const [name, setName] = useState(organization?.name ?? '');
  const [shortName, setShortName] = useState(organization?.shortName ?? '');
  const [kind, setKind] = useState<OrganizationKind>(organization?.kind ?? 'AUTHORITY');
  const [error, setError] = useState<unknown>(null);
  const [create, created] = useMutation(CREATE_ORGANIZATION);
  const [update, updated] = useMutation(UPDATE_ORGANIZATION);
  const loading = created.loading || updated.loading;
  const info = error ? errorInfo(error) : null;
  const fieldError = (field: string) => {
    if (info?.field !== field) return null;
    if (info.code === 'CONFLICT') return t('admin.organizations.errors.nameTaken');
    return t(`admin.organizations.errors.${field}`, { defaultValue: t('errors.BAD_USER_INPUT') });
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const input = { name: name.trim(), shortName: shortName.trim() || null, kind };
    try {
      if (organization) {
        const result = await update({ variables: { id: organization.id, input } });
        onDone(readFragment(ORGANIZATION_FIELDS, result.data?.updateOrganization) ?? null);
      } else {
        const result = await create({ variables: { input } });
        setName('');
        setShortName('');
        setKind('AUTHORITY');
        onDone(readFragment(ORGANIZATION_FIELDS, result.data?.createOrganization) ?? null);
      }
    } catch (e) {
      setError(e);
    }
  }

  const headingId = `${prefix}-heading`;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="admin-form" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {organization
          ? t('admin.organizations.editHeading', { name: organization.name })
          : t('admin.organizations.createHeading')}
      </h2>
      <ErrorAlert
        error={error}
        overrides={{
          'CONFLICT:name': 'admin.organizations.errors.nameTaken',
          'BAD_USER_INPUT:name': 'admin.organizations.errors.name',
          'BAD_USER_INPUT:shortName': 'admin.organizations.errors.shortName',
        }}
      />
      <Field
        id={`${prefix}-name`}
        label={t('admin.organizations.name')}
        value={name}
        onChange={setName}
        required
        maxLength={200}
        autoComplete="off"
        error={fieldError('name')}
      />
      <Field
        id={`${prefix}-short-name`}
        label={t('admin.organizations.shortName')}
        hint={t('admin.organizations.shortNameHint')}
        value={shortName}
        onChange={setShortName}
        maxLength={30}
        autoComplete="off"
        error={fieldError('shortName')}
      />
      <div className="form-group">
        <label className="form-label" htmlFor={`${prefix}-kind`}>
          {t('admin.organizations.kind')}
        </label>
        <select
          className="form-select"
          id={`${prefix}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as OrganizationKind)}
        >
          {ORGANIZATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(organizationKindKey(k))}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {editing ? t('common.save') : t('admin.organizations.create')}
        </button>
        {editing && (
          <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
