import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApprovalStateTag, useApprovalDetail } from '../approvals/ApprovalStateText';
import { formatDateTime, orgLabel } from '../../lib/format';
import { readFragment, type FragmentOf, type ResultOf } from '../../lib/graphql';
import { chapterStatusClass, chapterStatusKey } from '../../lib/labels';
import { APPROVAL_FIELDS } from '../approvals/approval.fragments';
import { WaitingOn } from '../approvals/WaitingOn';
import './i18n';
import { inApprovalPhase } from './needsAction';

interface Organization {
  id: string;
  name: string;
  shortName?: string | null;
}

type Approval = ResultOf<typeof APPROVAL_FIELDS>;

export interface MatrixChapter {
  id: string;
  title: string;
  status: string;
  lastEditedAt?: string | null;
  openCommentCount?: number | null;
  lastEditedBy?: { name: string } | null;
  approvals: readonly FragmentOf<typeof APPROVAL_FIELDS>[];
}

interface Props {
  documentId: string;
  documentTitle: string;
  organizations: readonly Organization[];
  chapters: readonly MatrixChapter[];
}

function ApprovalCell({ approval, status }: { approval: Approval | undefined; status: string }) {
  const { t } = useTranslation('dashboard');
  const detail = useApprovalDetail();
  if (!approval || (approval.state === 'PENDING' && !inApprovalPhase(status)))
    return (
      <td className="approval-cell approval-cell--none" title={t('matrix.notInPhase')}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('matrix.notInPhase')}</span>
      </td>
    );
  const sentence = detail(approval);
  const hasDecision = approval.state !== 'PENDING';
  return (
    <td className={`approval-cell approval-cell--${approval.state.toLowerCase()}`} title={sentence}>
      <ApprovalStateTag state={approval.state} />
      {hasDecision && <span className="visually-hidden">. {sentence}</span>}
      {approval.decidedBy && hasDecision && (
        <span className="approval-cell__who" aria-hidden="true">
          {approval.decidedBy.name}
        </span>
      )}
    </td>
  );
}

/** Chapters (rows) × approving organisations (columns), with status, open comments and last edit. A real table. */
export function ApprovalMatrix({ documentId, documentTitle, organizations, chapters }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: tApp } = useTranslation();
  return (
    <>
      <div className="table--responsive-scroll">
        <table className="table table--compact approval-matrix" id={`matrix-${documentId}`}>
          <caption className="visually-hidden">{t('matrix.caption', { document: documentTitle })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.chapter')}</th>
              <th scope="col">{t('matrix.status')}</th>
              <th scope="col">{t('matrix.openComments')}</th>
              {organizations.map((org) => (
                <th scope="col" key={org.id} title={org.name}>
                  <abbr title={org.name}>{orgLabel(org)}</abbr>
                </th>
              ))}
              <th scope="col">{t('matrix.lastEdit')}</th>
            </tr>
          </thead>
          <tbody>
            {chapters.map((chapter) => {
              const approvals = readFragment(APPROVAL_FIELDS, chapter.approvals);
              return (
                <tr key={chapter.id}>
                  <th scope="row">
                    <Link to={`/chapters/${chapter.id}`}>{chapter.title}</Link>
                  </th>
                  <td>
                    <span className={chapterStatusClass(chapter.status)}>
                      {tApp(chapterStatusKey(chapter.status))}
                    </span>
                    <WaitingOn status={chapter.status} approvals={approvals} documentId={documentId} />
                  </td>
                  <td className="approval-matrix__comments">
                    <span aria-hidden="true">{chapter.openCommentCount ?? 0}</span>
                    <span className="visually-hidden">
                      {t('matrix.openCommentsCount', { count: chapter.openCommentCount ?? 0 })}
                    </span>
                  </td>
                  {organizations.map((org) => (
                    <ApprovalCell
                      key={org.id}
                      status={chapter.status}
                      approval={approvals.find((a) => a.organizationId === org.id)}
                    />
                  ))}
                  <td className="approval-matrix__edited">
                    {chapter.lastEditedAt
                      ? chapter.lastEditedBy
                        ? t('matrix.editedBy', {
                            time: formatDateTime(chapter.lastEditedAt, i18n.language),
                            name: chapter.lastEditedBy.name,
                          })
                        : formatDateTime(chapter.lastEditedAt, i18n.language)
                      : t('matrix.neverEdited')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {organizations.some((org) => orgLabel(org) !== org.name) && (
        <div className="abbr-legend">
          <h3 className="abbr-legend__heading">{t('matrix.legend')}</h3>
          <dl>
            {organizations
              .filter((org) => orgLabel(org) !== org.name)
              .map((org) => (
                <div key={org.id}>
                  <dt>{orgLabel(org)}</dt>
                  <dd>{org.name}</dd>
                </div>
              ))}
          </dl>
        </div>
      )}
    </>
  );
}
