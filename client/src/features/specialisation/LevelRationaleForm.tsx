import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { LevelRadios } from './LevelRadios';

interface Props {
  heading: string;
  intro?: string;
  levelLegend: string;
  rationaleLabel: string;
  rationaleHint?: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (level: number, rationale: string) => Promise<boolean>;
}

/** A level and its rationale: the assessment form and the settle form share it. */
export function LevelRationaleForm(props: Props) {
  const { heading, intro, levelLegend, rationaleLabel, rationaleHint, submitLabel, busy, onSubmit } = props;
  const { t } = useTranslation('specialisation');
  const id = useId();
  const headingId = `${id}-heading`;
  const [level, setLevel] = useState<number | null>(null);
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<{ level?: string; rationale?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      level: level === null ? t('offer.form.levelMissing') : undefined,
      rationale: rationale.trim() ? undefined : t('offer.form.rationaleMissing'),
    };
    setErrors(next);
    if (next.level) document.getElementById(`${id}-level-1`)?.focus();
    else if (next.rationale) document.getElementById(`${id}-rationale`)?.focus();
    if (next.level || next.rationale || level === null) return;
    if (await onSubmit(level, rationale.trim())) {
      setLevel(null);
      setRationale('');
    }
  }

  return (
    <section aria-labelledby={headingId} className="spec-panel">
      <h3 id={headingId} className="h4">
        {heading}
      </h3>
      {intro && <p>{intro}</p>}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <LevelRadios
          name={`${id}-level`}
          legend={levelLegend}
          value={level}
          onChange={setLevel}
          error={errors.level}
        />
        <Field
          id={`${id}-rationale`}
          label={rationaleLabel}
          hint={rationaleHint}
          value={rationale}
          onChange={setRationale}
          error={errors.rationale}
          multiline
          required
          maxLength={5000}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </section>
  );
}
