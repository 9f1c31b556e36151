import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  type?: 'text' | 'email' | 'date' | 'tel' | 'password';
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
  ref?: React.Ref<HTMLInputElement>;
}

/** A labelled DKFDS text field; hint and error are tied to the input for screen readers. */
export function Field(props: Props) {
  const {
    id,
    label,
    value,
    onChange,
    hint,
    error,
    type = 'text',
    multiline,
    required,
    maxLength,
    autoComplete,
    ref,
  } = props;
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    required,
    maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {multiline ? (
        <textarea className="form-input" rows={4} {...common} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          className="form-input"
          type={type}
          autoComplete={autoComplete}
          ref={ref}
          {...common}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}
