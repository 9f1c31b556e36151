import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import './approvals.css';
import './i18n';
import { orgLabel } from '../../lib/format';

interface Approval {
  organizationId: string;
  state: string;
  organization: { name: string; shortName?: string | null };
  approvers: readonly { name: string }[];
}

/**
 * Why a chapter awaiting approval is still waiting, and on whom: each organisation that has not approved
 * the current text with the people who may approve for it, or that nobody can.
 */
export function WaitingOn({
  status,
  approvals,
  documentId,
}: {
  status: string;
  approvals: readonly Approval[];
  documentId: string;
}) {
  const { t } = useTranslation('approvals');
  if (status !== 'AWAITING_APPROVAL') return null;
  if (approvals.length === 0)
    return (
      <p className="waiting-on">
        <Link to={`/documents/${documentId}/approving-organizations`}>{t('waiting.noOrganizations')}</Link>
      </p>
    );
  const requested = approvals.filter((a) => a.state === 'CHANGES_REQUESTED');
  const waiting = approvals.filter((a) => a.state === 'PENDING' || a.state === 'STALE');
  const nobody = waiting.some((a) => a.approvers.length === 0);
  return (
    <p className="waiting-on">
      {requested.map((a) => (
        <span key={a.organizationId} className="waiting-on__item">
          {t('waiting.changesRequested', { organization: orgLabel(a.organization) })}
        </span>
      ))}
      {waiting.length > 0 && (
        <span className="waiting-on__item">
          {t('waiting.on', {
            list: waiting
              .map((a) =>
                a.approvers.length > 0
                  ? t('waiting.orgWithApprovers', {
                      organization: orgLabel(a.organization),
                      names: a.approvers.map((p) => p.name).join(', '),
                    })
                  : t('waiting.orgWithoutApprover', { organization: orgLabel(a.organization) }),
              )
              .join('; '),
          })}
        </span>
      )}
      {nobody && (
        <Link className="waiting-on__item" to={`/documents/${documentId}/approving-organizations`}>
          {t('organizations.link')}
        </Link>
      )}
    </p>
  );
}
