import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import './approvals.css';
import './i18n';
import { APPROVING_ORGANIZATIONS, SET_APPROVING_ORGANIZATIONS } from './operations';

/** A coordinator chooses which organisations must approve a document's chapters, and sees who can. */
export function ApprovingOrganizationsPage() {
  const { t } = useTranslation('approvals');
  const { t: tApp } = useTranslation();
  const { documentId = '' } = useParams();
  const { data, loading, error } = useQuery(APPROVING_ORGANIZATIONS, { variables: { documentId } });
  const [save, saving] = useMutation(SET_APPROVING_ORGANIZATIONS);
  const document = data?.document;
  const [selected, setSelected] = useState<Set<string> | null>(null);
  const [message, setMessage] = useState('');
  const [emptyError, setEmptyError] = useState(false);
  const legendId = useId();
  const errorRef = useRef<HTMLParagraphElement>(null);
  usePageTitle(document ? `${t('organizations.title')}: ${document.title}` : t('organizations.title'));

  if (loading && !data) return <Loading />;
  if (error || !document)
    return (
      <>
        <h1>{tApp('project.unavailable')}</h1>
        <ErrorAlert error={error} />
      </>
    );

  const project = document.project;
  const crumbs = [
    { label: tApp('nav.myProjects'), to: '/' },
    { label: project.title, to: `/projects/${project.id}` },
    { label: t('organizations.title') },
  ];
  if (!project.viewerCan.manage)
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <h1>{t('organizations.title')}</h1>
        <Alert variant="warning" role="alert">
          <p>{t('organizations.coordinatorsOnly')}</p>
        </Alert>
      </>
    );

  // Until the coordinator ticks something, the choice is what approves now.
  const chosen =
    selected ??
    new Set(document.approvingOrganizationChoices.filter((c) => c.approving).map((c) => c.organization.id));
  const submit = async (ids: string[], done: string) => {
    setMessage('');
    const result = await save({ variables: { documentId, organizationIds: ids } }).catch(() => null);
    const after = result?.data?.setApprovingOrganizations;
    if (!after) return;
    setSelected(
      new Set(after.approvingOrganizationChoices.filter((c) => c.approving).map((c) => c.organization.id)),
    );
    setMessage(done);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen.size === 0) {
      setEmptyError(true);
      errorRef.current?.focus();
      return;
    }
    setEmptyError(false);
    void submit([...chosen], t('organizations.saved'));
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <h1>
        {t('organizations.title')}
        <span className="h1-sub">{document.title}</span>
      </h1>
      <p className="font-lead">{t('organizations.intro')}</p>
      <p>
        {document.approvingOrganizationsAreDefault
          ? t('organizations.isDefault')
          : t('organizations.isNamed')}
      </p>
      <ErrorAlert error={saving.error} />
      <p role="status" className="status-line">
        {message}
      </p>
      <form onSubmit={onSubmit} noValidate>
        <fieldset aria-describedby={emptyError ? `${legendId}-error` : undefined}>
          <legend id={legendId} className="h3">
            {t('organizations.legend')}
          </legend>
          {emptyError && (
            <p className="form-error-message" id={`${legendId}-error`} tabIndex={-1} ref={errorRef}>
              {t('organizations.noneChosen')}
            </p>
          )}
          <ul className="unstyled-list approving-choices">
            {document.approvingOrganizationChoices.map((choice) => {
              const id = `approving-${choice.organization.id}`;
              const nobody = choice.approvers.length === 0;
              return (
                <li key={choice.organization.id} className="form-group-checkbox">
                  <input
                    id={id}
                    type="checkbox"
                    className="form-checkbox"
                    checked={chosen.has(choice.organization.id)}
                    aria-describedby={`${id}-who`}
                    onChange={(e) => toggle(choice.organization.id, e.target.checked)}
                  />
                  <label htmlFor={id}>
                    {choice.organization.name}
                    {choice.organization.shortName ? ` (${choice.organization.shortName})` : ''}
                  </label>
                  {nobody ? (
                    <span className="form-hint" id={`${id}-who`}>
                      <span className="badge badge-warning">{t('organizations.noApproverBadge')}</span>{' '}
                      {t('organizations.noApprover', { organization: choice.organization.name })}
                    </span>
                  ) : (
                    <span className="form-hint" id={`${id}-who`}>
                      {t('organizations.approvers', {
                        names: choice.approvers.map((a) => a.name).join(', '),
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        {document.approvingOrganizationChoices.some(
          (c) => c.approvers.length === 0 && chosen.has(c.organization.id),
        ) && (
          <Alert variant="warning">
            <p>
              {t('organizations.warning')}{' '}
              <Link to={`/projects/${project.id}/members`}>{t('organizations.membersLink')}</Link>
            </p>
          </Alert>
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={saving.loading}>
            {t('organizations.save')}
          </button>
          {!document.approvingOrganizationsAreDefault && (
            <button
              type="button"
              className="button button-secondary"
              disabled={saving.loading}
              onClick={() => void submit([], t('organizations.resetDone'))}
            >
              {t('organizations.reset')}
            </button>
          )}
        </div>
      </form>
      <p className="mt-6">
        <Link to={`/projects/${project.id}/dashboard`}>{t('organizations.dashboardLink')}</Link>
      </p>
    </>
  );
}
