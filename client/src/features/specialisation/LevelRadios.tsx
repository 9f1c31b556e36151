import { useTranslation } from 'react-i18next';
import { LEVELS } from './labels';

interface Props {
  name: string;
  legend: string;
  value: number | null;
  onChange: (level: number) => void;
  error?: string | null;
}

/** Level 1–3 as a radio group (arrow keys move between them, as native radios do). */
export function LevelRadios({ name, legend, value, onChange, error }: Props) {
  const { t } = useTranslation('specialisation');
  return (
    <fieldset
      className={`form-group${error ? ' form-error' : ''}`}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend className="form-label">{legend}</legend>
      {error && (
        <span className="form-error-message" id={`${name}-error`}>
          {error}
        </span>
      )}
      <ul className="nobullet-list">
        {LEVELS.map((level) => (
          <li key={level}>
            <input
              type="radio"
              className="form-radio radio-large"
              id={`${name}-${level}`}
              name={name}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <label htmlFor={`${name}-${level}`}>
              {t('level', { level })} <span className="text-muted">– {t(`levelHint.${level}`)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
