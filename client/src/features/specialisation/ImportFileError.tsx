import { CombinedGraphQLErrors } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';

const FILE_REASONS = new Set(['EMPTY', 'MISSING_COLUMN', 'UNPARSEABLE', 'TOO_MANY_ROWS', 'TOO_LARGE']);

// Any bad input on the import is the file's (field `csv`): nothing was written.
const ERRORS = {
  BAD_USER_INPUT: 'specialisation:import.errors.csv',
  FORBIDDEN: 'specialisation:import.errors.coordinatorsOnly',
};

/** A file-level import error, worded from the server's reason (with the line or the missing columns). */
export function ImportFileError({ error }: { error: unknown }) {
  const { t } = useTranslation('specialisation');
  const { t: tApp } = useTranslation();
  if (!error) return null;
  const ext = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions ?? {}) : {};
  const reason = typeof ext.reason === 'string' ? ext.reason : '';
  if (ext.code === 'BAD_USER_INPUT' && FILE_REASONS.has(reason)) {
    const columns = Array.isArray(ext.columns) ? ext.columns.map(String).join(', ') : '';
    const line = typeof ext.line === 'number' ? ext.line : '';
    return (
      <Alert variant="error" role="alert" heading={tApp('errors.heading')}>
        <p>{t(`import.fileErrors.${reason}`, { columns, line })}</p>
      </Alert>
    );
  }
  return <ErrorAlert error={error} overrides={ERRORS} />;
}
