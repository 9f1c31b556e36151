import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfo } from '../../lib/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { CREATE_OFFER } from './operations';
import { SelectField } from './SelectField';

interface Props {
  providerId: string;
  targetGroups: readonly { id: string; name: string }[];
  onAdded: (name: string) => void;
}

/** A coordinator adds an offer (tilbud) of the provider for one of the project's target groups. */
export function AddOfferForm({ providerId, targetGroups, onAdded }: Props) {
  const { t } = useTranslation('specialisation');
  const ids = { name: useId(), group: useId(), description: useId() };
  const [name, setName] = useState('');
  const [targetGroupId, setTargetGroupId] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ name?: string; group?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CREATE_OFFER);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const next = {
      name: name.trim() ? undefined : t('provider.errors.offerName'),
      group: targetGroupId ? undefined : t('provider.errors.offerTargetGroup'),
    };
    setErrors(next);
    if (next.name || next.group) {
      document.getElementById(next.name ? ids.name : ids.group)?.focus();
      return;
    }
    try {
      await create({
        variables: {
          input: { providerId, targetGroupId, name: name.trim(), description: description.trim() },
        },
      });
      onAdded(name.trim());
      setName('');
      setDescription('');
    } catch (e) {
      const info = errorInfo(e);
      if (info.code === 'CONFLICT') setErrors({ name: t('provider.errors.offerTaken') });
      else if (info.code === 'BAD_USER_INPUT' && info.field === 'name')
        setErrors({ name: t('provider.errors.offerName') });
      else setError(e);
    }
  }

  return (
    <section aria-labelledby="add-offer-heading" className="mt-6">
      <h2 id="add-offer-heading" className="h3">
        {t('provider.addOffer.heading')}
      </h2>
      <ErrorAlert error={error} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="spec-form">
        <SelectField
          id={ids.group}
          label={t('provider.addOffer.targetGroup')}
          value={targetGroupId}
          onChange={setTargetGroupId}
          placeholder={t('provider.addOffer.chooseTargetGroup')}
          options={targetGroups.map((g) => ({ value: g.id, label: g.name }))}
          error={errors.group}
        />
        <Field
          id={ids.name}
          label={t('provider.addOffer.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          required
          maxLength={200}
        />
        <Field
          id={ids.description}
          label={t('provider.addOffer.description')}
          value={description}
          onChange={setDescription}
          multiline
          maxLength={2000}
        />
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('provider.addOffer.submit')}
        </button>
      </form>
    </section>
  );
}
