import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { SET_NO_REMARKS } from './operations';
import type { Notat } from './types';

interface Props {
  notat: Notat;
  /** The coordinator registers "ingen bemærkninger" while the notat is a draft. */
  canMark: boolean;
  onChanged: () => void;
}

/** Section 1: the hearing period, where the material was, and the hearing list with its marks. */
export function NotatHearing({ notat, canMark, onChanged }: Props) {
  const { t, i18n } = useTranslation('review');
  const [setNoRemarks, marking] = useMutation(SET_NO_REMARKS);
  const date = (iso: string) => formatDateTime(iso, i18n.language);

  async function toggle(organizationId: string, noRemarks: boolean) {
    await setNoRemarks({ variables: { roundId: notat.roundId, organizationId, noRemarks } }).catch(
      () => undefined,
    );
    onChanged();
  }

  return (
    <section aria-labelledby="notat-s1">
      <h2 id="notat-s1">{t('notat.s1')}</h2>
      <h3>{t('notat.s11')}</h3>
      <p>
        {t('notat.s11text', {
          start: date(notat.periodStart),
          end: date(notat.periodEnd),
          days: notat.periodDays,
        })}
      </p>
      <p>
        {t('notat.material', { project: notat.projectTitle, document: notat.documentTitle })}{' '}
        <a href={notat.materialUrl}>{t('notat.materialLink')}</a>
      </p>
      <h3>{t('notat.s12')}</h3>
      <p>{t('notat.s12text')}</p>
      <ErrorAlert error={marking.error} />
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('notat.party')}</th>
            <th scope="col">{t('notat.answer')}</th>
            {canMark && <th scope="col">{t('notat.noRemarks')}</th>}
          </tr>
        </thead>
        <tbody>
          {notat.hearingList.map((p) => (
            <tr key={p.organizationId}>
              <td>{p.name}</td>
              <td>
                {p.noRemarks
                  ? `✓ ${t('notat.noRemarks')}`
                  : p.responded
                    ? `✓ ${t('notat.answered')}`
                    : t('notat.noAnswer')}
              </td>
              {canMark && (
                <td>
                  <input
                    type="checkbox"
                    className="form-checkbox"
                    aria-label={t('notat.markNoRemarks', { name: p.name })}
                    checked={p.noRemarks}
                    disabled={marking.loading}
                    onChange={(e) => void toggle(p.organizationId, e.target.checked)}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
