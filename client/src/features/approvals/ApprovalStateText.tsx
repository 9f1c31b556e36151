import { useTranslation } from 'react-i18next';
import './approvals.css';
import './i18n';
import { approvalStateClass, approvalStateKey, approvalStateSymbol } from './labels';
import { formatDateTime } from '../../lib/format';

export interface ApprovalLike {
  state: string;
  decidedAt?: string | null;
  dismissedAt?: string | null;
  reason?: string | null;
  decidedBy?: { name: string } | null;
}

/** "Godkendt af Camilla Holm, 22. nov. 2026 10.15" – the whole story of one decision in one sentence. */
export function useApprovalDetail() {
  const { t, i18n } = useTranslation('approvals');
  return (approval: ApprovalLike): string => {
    if (approval.state === 'PENDING' || !approval.decidedAt) return t('detail.PENDING');
    return t(`detail.${approval.state}`, {
      name: approval.decidedBy?.name ?? t('detail.unknownPerson'),
      time: formatDateTime(approval.decidedAt, i18n.language),
      dismissed: approval.dismissedAt ? formatDateTime(approval.dismissedAt, i18n.language) : '',
    });
  };
}

/** The state as a tag: a symbol (decoration) and a word, so it never rests on colour alone. */
export function ApprovalStateTag({ state }: { state: string }) {
  const { t } = useTranslation('approvals');
  return (
    <span className={approvalStateClass(state)}>
      <span aria-hidden="true" className="approval-state__symbol">
        {approvalStateSymbol(state)}
      </span>{' '}
      {t(approvalStateKey(state))}
    </span>
  );
}
