import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfo } from '../../lib/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { readFragment } from '../../lib/graphql';
import { PROVIDER_TYPES, providerTypeKey, REGIONS, regionKey } from './labels';
import { CREATE_PROVIDER, UPDATE_PROVIDER } from './operations';
import { PROVIDER_FIELDS } from './provider.fragments';
import { SelectField } from './SelectField';

export interface ProviderValues {
  id?: string;
  name: string;
  cvr: string;
  municipality: string;
  region: string;
  type: string;
}

interface Props {
  projectId: string;
  /** Omitted: a new provider. */
  provider?: ProviderValues;
  onDone: (saved: { id: string; name: string } | null) => void;
}

type FieldName = 'name' | 'cvr' | 'municipality' | 'region' | 'type';
const FIELDS: FieldName[] = ['name', 'cvr', 'municipality', 'region', 'type'];

/** Create or edit a provider. The server checks the CVR number (modulus 11); its answer lands on the field. */
export function ProviderForm({ projectId, provider, onDone }: Props) {
  const { t } = useTranslation('specialisation');
  const { t: tApp } = useTranslation();
  const ids = { name: useId(), cvr: useId(), municipality: useId(), region: useId(), type: useId() };
  const [values, setValues] = useState<ProviderValues>(
    provider ?? { name: '', cvr: '', municipality: '', region: '', type: '' },
  );
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [create, creating] = useMutation(CREATE_PROVIDER);
  const [update, updating] = useMutation(UPDATE_PROVIDER);
  const set = (key: FieldName) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function localErrors() {
    const errors: Partial<Record<FieldName, string>> = {};
    if (!values.name.trim()) errors.name = t('provider.errors.name');
    if (!values.cvr.trim()) errors.cvr = t('provider.errors.cvr');
    if (!values.municipality.trim()) errors.municipality = t('provider.errors.municipality');
    if (!values.region) errors.region = t('provider.errors.region');
    if (!values.type) errors.type = t('provider.errors.type');
    return errors;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const errors = localErrors();
    setFieldErrors(errors);
    const first = FIELDS.find((f) => errors[f]);
    if (first) {
      document.getElementById(ids[first])?.focus();
      return;
    }
    const input = {
      name: values.name.trim(),
      cvr: values.cvr.trim(),
      municipality: values.municipality.trim(),
      region: values.region as (typeof REGIONS)[number],
      type: values.type as (typeof PROVIDER_TYPES)[number],
    };
    try {
      if (provider?.id) {
        const result = await update({ variables: { input: { id: provider.id, ...input } } });
        const saved = readFragment(PROVIDER_FIELDS, result.data?.updateProvider);
        onDone(saved ? { id: saved.id, name: saved.name } : null);
      } else {
        const result = await create({ variables: { input: { projectId, ...input } } });
        const saved = readFragment(PROVIDER_FIELDS, result.data?.createProvider);
        onDone(saved ? { id: saved.id, name: saved.name } : null);
      }
    } catch (e) {
      const info = errorInfo(e);
      const field = info.field as FieldName | undefined;
      if (info.code === 'BAD_USER_INPUT' && field && FIELDS.includes(field)) {
        setFieldErrors({ [field]: t(`provider.errors.${field}`) });
        document.getElementById(ids[field])?.focus();
      } else if (info.code === 'CONFLICT') {
        setFieldErrors({ cvr: t('provider.errors.cvrTaken') });
        document.getElementById(ids.cvr)?.focus();
      } else setError(e);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="spec-form">
      <ErrorAlert error={error} />
      <Field
        id={ids.name}
        label={t('provider.name')}
        value={values.name}
        onChange={set('name')}
        error={fieldErrors.name}
        required
        maxLength={200}
      />
      <Field
        id={ids.cvr}
        label={t('provider.cvr')}
        hint={t('provider.cvrHint')}
        value={values.cvr}
        onChange={set('cvr')}
        error={fieldErrors.cvr}
        required
        maxLength={20}
      />
      <Field
        id={ids.municipality}
        label={t('provider.municipality')}
        value={values.municipality}
        onChange={set('municipality')}
        error={fieldErrors.municipality}
        required
        maxLength={100}
      />
      <SelectField
        id={ids.region}
        label={t('provider.region')}
        value={values.region}
        onChange={set('region')}
        placeholder={t('provider.chooseRegion')}
        options={REGIONS.map((r) => ({ value: r, label: t(regionKey(r)) }))}
        error={fieldErrors.region}
      />
      <SelectField
        id={ids.type}
        label={t('provider.type')}
        value={values.type}
        onChange={set('type')}
        placeholder={t('provider.chooseType')}
        options={PROVIDER_TYPES.map((p) => ({ value: p, label: t(providerTypeKey(p)) }))}
        error={fieldErrors.type}
      />
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={creating.loading || updating.loading}
        >
          {provider?.id ? t('provider.submitSave') : t('provider.submitCreate')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
          {tApp('common.cancel')}
        </button>
      </div>
    </form>
  );
}
