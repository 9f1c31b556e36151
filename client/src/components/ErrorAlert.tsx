import { useTranslation } from 'react-i18next';
import { useErrorText, type ErrorOverrides } from '../lib/errors';
import { Alert } from './Alert';

/** Words a server error by its code and announces it. */
export function ErrorAlert({
  error,
  overrides,
  id,
}: {
  error: unknown;
  overrides?: ErrorOverrides;
  id?: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <Alert variant="error" role="alert" heading={t('errors.heading')} id={id}>
      <p>{errorText(error, overrides)}</p>
    </Alert>
  );
}
