import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../lib/graphql';
import { importReasonKey } from './labels';
import type { IMPORT_RESULT_FIELDS } from './importResult.fragments';

type Row = ResultOf<typeof IMPORT_RESULT_FIELDS>['rows'][number];

interface Props {
  rows: Row[];
  caption: string;
  /** After the import an OK row was written, so it says so. */
  imported?: boolean;
}

/** The rows of an import file with status and, for a rejected row, the reason worded from its code. */
export function ImportRowsTable({ rows, caption, imported }: Props) {
  const { t } = useTranslation('specialisation');
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.status')}</th>
            <th scope="col">{t('import.reason')}</th>
            <th scope="col">{t('import.providerName')}</th>
            <th scope="col">{t('import.cvr')}</th>
            <th scope="col">{t('import.offer')}</th>
            <th scope="col">{t('import.targetGroup')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <th scope="row">{r.line}</th>
              <td>
                {r.status === 'OK' ? (
                  <span className="badge badge-success">
                    {imported ? t('import.statusImported') : t('import.statusOK')}
                  </span>
                ) : (
                  <span className="badge badge-error">{t('import.statusREJECTED')}</span>
                )}
              </td>
              <td>
                {r.reason && (
                  <>
                    {t(importReasonKey(r.reason), { code: r.reason })}
                    {r.field && ` ${t('import.inColumn', { field: r.field })}`}
                  </>
                )}
              </td>
              <td>{r.providerName}</td>
              <td>{r.cvr}</td>
              <td>{r.offerName}</td>
              <td>{r.targetGroupName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
