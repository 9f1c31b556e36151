import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_TYPES, providerTypeKey, REGIONS, regionKey } from './labels';
import { SelectField } from './SelectField';

export interface FilterValues {
  region: string;
  providerType: string;
  targetGroupId: string;
}

/** The GraphQL PlacementFilter for the chosen values (an empty choice filters nothing). */
export function toPlacementFilter(values: FilterValues) {
  return {
    region: (values.region || null) as (typeof REGIONS)[number] | null,
    providerType: (values.providerType || null) as (typeof PROVIDER_TYPES)[number] | null,
    targetGroupId: values.targetGroupId || null,
  };
}

interface Props {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  targetGroups: { id: string; name: string }[];
  /** What the filters currently show, announced politely. */
  summary: string;
}

/** Region, provider type and target group: the filters of the provider list and the placement overview. */
export function PlacementFilters({ values, onChange, targetGroups, summary }: Props) {
  const { t } = useTranslation('specialisation');
  const ids = { region: useId(), type: useId(), group: useId() };
  return (
    <fieldset className="spec-filters">
      <legend className="h4">{t('filters.legend')}</legend>
      <div className="spec-filters__row">
        <SelectField
          id={ids.region}
          label={t('filters.region')}
          value={values.region}
          onChange={(region) => onChange({ ...values, region })}
          placeholder={t('filters.allRegions')}
          options={REGIONS.map((r) => ({ value: r, label: t(regionKey(r)) }))}
        />
        <SelectField
          id={ids.type}
          label={t('filters.type')}
          value={values.providerType}
          onChange={(providerType) => onChange({ ...values, providerType })}
          placeholder={t('filters.allTypes')}
          options={PROVIDER_TYPES.map((p) => ({ value: p, label: t(providerTypeKey(p)) }))}
        />
        <SelectField
          id={ids.group}
          label={t('filters.targetGroup')}
          value={values.targetGroupId}
          onChange={(targetGroupId) => onChange({ ...values, targetGroupId })}
          placeholder={t('filters.allTargetGroups')}
          options={targetGroups.map((g) => ({ value: g.id, label: g.name }))}
        />
      </div>
      <p className="status-line" aria-live="polite">
        {summary}
      </p>
    </fieldset>
  );
}
