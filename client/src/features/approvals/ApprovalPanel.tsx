import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { readFragment } from '../../lib/graphql';
import { chapterStatusClass, chapterStatusKey } from '../../lib/labels';
import { APPROVAL_FIELDS } from './approval.fragments';
import { ApprovalStateTag, useApprovalDetail } from './ApprovalStateText';
import './i18n';
import { inApprovalPhase } from './labels';
import { orgLabel } from '../../lib/format';
import {
  APPROVAL_VERSIONS,
  APPROVE_CHAPTER,
  CHAPTER_APPROVAL,
  CHAPTER_WORKFLOW_CHANGED,
  REQUEST_CHAPTER_CHANGES,
  RETURN_TO_REVISION,
  SUBMIT_CHAPTER,
} from './operations';
import { StaleChanges } from './StaleChanges';

const ERROR_OVERRIDES = {
  'CONFLICT:contentFingerprint': 'approvals:errors.textChanged',
  CONFLICT: 'approvals:errors.wrongStatus',
};

type Open = 'none' | 'changes' | 'return';

interface Confirmation {
  text: string;
  /** Shown while the chapter has this status … */
  status?: string;
  /** … or the viewer's organisation stands so. */
  myState?: string;
}

/**
 * The chapter's approval: status, where each approving organisation stands,
 * and the actions the viewer may take (submit, approve or request changes for
 * their own organisation, send back to revision). Live through the project's
 * workflow subscription.
 */
export function ApprovalPanel({ chapterId }: { chapterId: string }) {
  const { t } = useTranslation('approvals');
  const { t: tApp } = useTranslation();
  const detail = useApprovalDetail();
  const headingId = useId();
  const {
    data,
    error: loadError,
    refetch,
  } = useQuery(CHAPTER_APPROVAL, {
    variables: { id: chapterId },
    fetchPolicy: 'cache-and-network',
  });
  const chapter = data?.chapter;
  const approvals = readFragment(APPROVAL_FIELDS, chapter?.approvals ?? []);
  useSubscription(CHAPTER_WORKFLOW_CHANGED, {
    variables: { projectId: chapter?.projectId ?? '' },
    skip: !chapter,
  });
  const hasStale = approvals.some((a) => a.state === 'STALE');
  const { data: versions } = useQuery(APPROVAL_VERSIONS, {
    variables: { chapterId },
    skip: !hasStale,
    fetchPolicy: 'cache-and-network',
  });

  const [submit, submitting] = useMutation(SUBMIT_CHAPTER);
  const [approve, approving] = useMutation(APPROVE_CHAPTER);
  const [requestChanges, requesting] = useMutation(REQUEST_CHAPTER_CHANGES);
  const [returnToRevision, returning] = useMutation(RETURN_TO_REVISION);
  const busy = submitting.loading || approving.loading || requesting.loading || returning.loading;

  const [open, setOpen] = useState<Open>('none');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A confirmation holds only while what it confirms is still true (a later edit can make an approval stale).
  const [message, setMessage] = useState<Confirmation | null>(null);

  if (!chapter) return loadError ? <ErrorAlert error={loadError} /> : null;

  const project = chapter.document.project;
  const membership = project.myMembership;
  const organizations = chapter.document.approvingOrganizations;
  const myOrg = membership?.organization ?? null;
  const orgRequired = !!myOrg && organizations.some((o) => o.id === myOrg.id);
  const canDecide = project.viewerCan.approve && orgRequired;
  const status = chapter.status;
  const canSubmit = project.viewerCan.editText && (status === 'DRAFT' || status === 'REVISION');
  const myState = approvals.find((a) => a.organizationId === myOrg?.id)?.state ?? 'PENDING';
  // Once my organisation has approved this text, approving again would say nothing new.
  const canApprove = canDecide && status === 'AWAITING_APPROVAL' && myState !== 'APPROVED';
  const canRequest = canDecide && (status === 'AWAITING_APPROVAL' || status === 'APPROVED');
  const canReturn = project.viewerCan.manage && (status === 'AWAITING_APPROVAL' || status === 'APPROVED');
  const myOrgLabel = myOrg ? orgLabel(myOrg) : '';

  const shown =
    message &&
    (!message.status || message.status === status) &&
    (!message.myState || message.myState === myState)
      ? message.text
      : '';

  async function run(action: () => Promise<unknown>, success: Confirmation) {
    setError(null);
    setMessage(null);
    try {
      await action();
      setMessage(success);
      setOpen('none');
      setReason('');
      setReasonError(null);
    } catch (e) {
      setError(e);
      // Whatever went wrong, show the chapter as it is now.
      void refetch().catch(() => undefined);
    }
  }

  function openForm(which: Open) {
    setOpen(which);
    setReason('');
    setReasonError(null);
    setError(null);
    // The form's text area takes focus once it is rendered.
    window.setTimeout(() => document.getElementById(`${headingId}-${which}`)?.focus(), 0);
  }

  function onRequestChanges(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('panel.reasonRequired'));
      document.getElementById(`${headingId}-changes`)?.focus();
      return;
    }
    void run(
      () =>
        requestChanges({
          variables: { input: { chapterId, organizationId: myOrg!.id, reason: reason.trim() } },
        }),
      { text: t('panel.changesRequested'), myState: 'CHANGES_REQUESTED' },
    );
  }

  function onReturn(event: FormEvent) {
    event.preventDefault();
    void run(() => returnToRevision({ variables: { chapterId, reason: reason.trim() || null } }), {
      text: t('panel.returned'),
      status: 'REVISION',
    });
  }

  // The approval names the version of the text it approved; older approvals only their fingerprint.
  const versionFor = (approval: { versionId?: string | null; contentFingerprint?: string | null }) =>
    versions?.chapterVersions.find(
      (v) =>
        v.id === approval.versionId ||
        (!approval.versionId &&
          !!approval.contentFingerprint &&
          v.contentFingerprint === approval.contentFingerprint),
    ) ?? null;

  return (
    <section className="approval-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="h3">
        {t('panel.heading')}
      </h2>
      <p>
        {t('panel.status')}:{' '}
        <span className={chapterStatusClass(status)}>{tApp(chapterStatusKey(status))}</span>{' '}
        <Link to={`/chapters/${chapterId}/versions`} className="ml-4">
          {t('panel.versionsLink')}
        </Link>
      </p>

      {organizations.length === 0 ? (
        <p>{t('panel.noOrganizations')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('panel.organizationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panel.organization')}</th>
                <th scope="col">{t('panel.state')}</th>
                <th scope="col">{t('panel.details')}</th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((org) => {
                const approval = approvals.find((a) => a.organizationId === org.id);
                const state = approval?.state ?? 'PENDING';
                // Before submission nobody has been asked; "pending" would mislead.
                const notAsked = state === 'PENDING' && !inApprovalPhase(status);
                return (
                  <tr key={org.id}>
                    <th scope="row">{org.name}</th>
                    <td>{notAsked ? t('panel.notInPhase') : <ApprovalStateTag state={state} />}</td>
                    <td>
                      {notAsked ? '' : approval ? detail(approval) : t('detail.PENDING')}
                      {!notAsked && approval && (state === 'PENDING' || state === 'STALE') && (
                        <span className="approval-panel__reason">
                          {approval.approvers.length > 0
                            ? t('panel.whoApproves', {
                                names: approval.approvers.map((p) => p.name).join(', '),
                              })
                            : t('waiting.orgWithoutApprover', { organization: org.name })}
                        </span>
                      )}
                      {approval?.reason && (
                        <span className="approval-panel__reason">
                          {t('panel.reason', { reason: approval.reason })}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {approvals
        .filter((a) => a.state === 'STALE')
        .map((a) => (
          <StaleChanges
            key={a.organizationId}
            organization={orgLabel(a.organization)}
            version={versionFor(a)}
          />
        ))}

      <ErrorAlert error={error} overrides={ERROR_OVERRIDES} />
      <p role="status" className="status-line">
        {shown}
      </p>

      {(canSubmit || canApprove || canRequest || canReturn) && (
        <div className="approval-panel__actions">
          {canSubmit && (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() =>
                void run(() => submit({ variables: { chapterId } }), {
                  text: t('panel.submitted'),
                  status: 'AWAITING_APPROVAL',
                })
              }
            >
              {t('panel.submit')}
            </button>
          )}
          {canApprove && (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              aria-describedby={`${headingId}-approve-hint`}
              onClick={() =>
                void run(
                  () =>
                    approve({
                      variables: {
                        input: {
                          chapterId,
                          organizationId: myOrg.id,
                          contentFingerprint: chapter.contentFingerprint,
                        },
                      },
                    }),
                  { text: t('panel.approved', { organization: myOrgLabel }), myState: 'APPROVED' },
                )
              }
            >
              {t('panel.approve', { organization: myOrgLabel })}
            </button>
          )}
          {canRequest && open !== 'changes' && (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => openForm('changes')}
            >
              {t('panel.requestChanges')}
            </button>
          )}
          {canReturn && open !== 'return' && (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => openForm('return')}
            >
              {t('panel.returnToRevision')}
            </button>
          )}
        </div>
      )}
      {canDecide && status === 'AWAITING_APPROVAL' && myState === 'APPROVED' && myOrg && (
        <p className="form-hint">{t('panel.alreadyApproved', { organization: myOrg.name })}</p>
      )}
      {canApprove && (
        <p className="form-hint" id={`${headingId}-approve-hint`}>
          {t('panel.approveHint', { organization: myOrg?.name ?? '' })}
        </p>
      )}
      {project.viewerCan.approve && !orgRequired && myOrg && status === 'AWAITING_APPROVAL' && (
        <p className="form-hint">{t('panel.notRequiredHint', { organization: myOrg.name })}</p>
      )}

      {open === 'changes' && canRequest && (
        <form onSubmit={onRequestChanges} noValidate>
          <fieldset>
            <legend className="h5">{t('panel.requestChangesLegend', { organization: myOrgLabel })}</legend>
            <Field
              id={`${headingId}-changes`}
              label={t('panel.requestReason')}
              hint={t('panel.requestReasonHint')}
              value={reason}
              onChange={setReason}
              error={reasonError}
              multiline
              required
              maxLength={4000}
            />
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('panel.sendRequest')}
              </button>
              <button type="button" className="button button-tertiary" onClick={() => setOpen('none')}>
                {tApp('common.cancel')}
              </button>
            </div>
          </fieldset>
        </form>
      )}

      {open === 'return' && canReturn && (
        <form onSubmit={onReturn} noValidate>
          <fieldset>
            <legend className="h5">{t('panel.returnLegend')}</legend>
            <Field
              id={`${headingId}-return`}
              label={t('panel.returnReason')}
              value={reason}
              onChange={setReason}
              multiline
              maxLength={4000}
            />
            <div className="button-row">
              <button type="submit" className="button button-warning" disabled={busy}>
                {t('panel.sendReturn')}
              </button>
              <button type="button" className="button button-tertiary" onClick={() => setOpen('none')}>
                {tApp('common.cancel')}
              </button>
            </div>
          </fieldset>
        </form>
      )}
    </section>
  );
}
