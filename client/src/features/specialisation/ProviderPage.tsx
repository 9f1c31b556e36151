import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { errorInfo } from '../../lib/errors';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { readFragment } from '../../lib/graphql';
import { AddOfferForm } from './AddOfferForm';
import { caseStatusClass, caseStatusKey, providerTypeKey, regionKey } from './labels';
import { LiveOff } from './LiveOff';
import { PLACEMENT_FIELDS } from './placement.fragments';
import { PROVIDER_FIELDS } from './provider.fragments';
import { DELETE_OFFER, DELETE_PROVIDER, PROVIDER, TARGET_GROUPS } from './operations';
import { ProviderForm } from './ProviderForm';
import { SpecialisationPage } from './SpecialisationPage';
import { TARGET_GROUP_SUMMARY } from './targetGroup.fragments';
import { useSpecialisationEvents } from './useSpecialisationEvents';

/** A provider: its facts and its offers per target group with placement and current case. */
export function ProviderPage() {
  const { t } = useTranslation('specialisation');
  const { providerId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const created = (location.state as { created?: string } | null)?.created;
  const { data, loading, error, refetch } = useQuery(PROVIDER, {
    variables: { id: providerId },
    fetchPolicy: 'cache-and-network',
  });
  const provider = data?.provider;
  const facts = readFragment(PROVIDER_FIELDS, provider);
  const groups = useQuery(TARGET_GROUPS, {
    variables: { projectId: facts?.projectId ?? '' },
    skip: !provider,
  });
  const { liveOff } = useSpecialisationEvents(facts?.projectId, refetch);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState(created ? t('provider.created', { name: created }) : '');
  const [actionError, setActionError] = useState<unknown>(null);
  const [deleteProvider] = useMutation(DELETE_PROVIDER);
  const [deleteOffer] = useMutation(DELETE_OFFER);

  async function onDeleteProvider() {
    if (!facts) return;
    setActionError(null);
    try {
      await deleteProvider({ variables: { id: facts.id } });
      void navigate(`/projects/${facts.projectId}/providers`);
    } catch (e) {
      if (errorInfo(e).code === 'CONFLICT') setMessage(t('provider.errors.inUse'));
      else setActionError(e);
    }
  }

  async function onDeleteOffer(id: string, name: string) {
    setActionError(null);
    setMessage('');
    try {
      await deleteOffer({ variables: { id } });
      setMessage(t('provider.offerDeleted', { offer: name }));
    } catch (e) {
      if (errorInfo(e).code === 'CONFLICT') setMessage(t('provider.errors.offerInUse'));
      else setActionError(e);
    }
    await refetch().catch(() => undefined);
  }

  return (
    <SpecialisationPage
      projectId={facts?.projectId}
      title={facts?.name ?? null}
      crumbs={facts ? [{ label: t('providers.title'), to: `/projects/${facts.projectId}/providers` }] : []}
      loading={loading && !data}
      error={error}
      unavailableTitle={t('provider.unavailable')}
    >
      {({ isCoordinator }) =>
        provider &&
        facts && (
          <>
            <LiveOff off={liveOff} />
            <p role="status" className="status-line">
              {message}
            </p>
            <ErrorAlert error={actionError} />
            {editing ? (
              <section aria-labelledby="provider-edit-heading">
                <h2 id="provider-edit-heading">{t('provider.editHeading')}</h2>
                <ProviderForm
                  projectId={facts.projectId}
                  provider={facts}
                  onDone={(saved) => {
                    setEditing(false);
                    if (saved) setMessage(t('provider.saved', { name: saved.name }));
                  }}
                />
              </section>
            ) : (
              <section aria-labelledby="provider-facts-heading">
                <h2 id="provider-facts-heading">{t('provider.facts')}</h2>
                <dl className="spec-facts">
                  <dt>{t('facts.cvr')}</dt>
                  <dd>{facts.cvr}</dd>
                  <dt>{t('facts.municipality')}</dt>
                  <dd>{facts.municipality}</dd>
                  <dt>{t('facts.region')}</dt>
                  <dd>{t(regionKey(facts.region))}</dd>
                  <dt>{t('facts.type')}</dt>
                  <dd>{t(providerTypeKey(facts.type))}</dd>
                </dl>
                {isCoordinator && (
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => {
                        setMessage('');
                        setEditing(true);
                      }}
                    >
                      {t('provider.edit')}
                    </button>
                    <ConfirmButton
                      label={t('provider.delete')}
                      question={t('provider.deleteQuestion', { name: facts.name })}
                      confirmLabel={t('provider.deleteConfirm')}
                      onConfirm={onDeleteProvider}
                    />
                  </div>
                )}
              </section>
            )}

            <section aria-labelledby="provider-offers-heading" className="mt-6">
              <h2 id="provider-offers-heading">{t('provider.offers')}</h2>
              {provider.offers.length === 0 ? (
                <p>{t('provider.noOffers')}</p>
              ) : (
                <div className="table--responsive-scroll">
                  <table className="table table--compact">
                    <caption className="visually-hidden">
                      {t('provider.offersCaption', { name: facts.name })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('provider.offer')}</th>
                        <th scope="col">{t('provider.targetGroup')}</th>
                        <th scope="col">{t('provider.placement')}</th>
                        <th scope="col">{t('provider.case')}</th>
                        {isCoordinator && (
                          <th scope="col">
                            <span className="visually-hidden">{t('provider.deleteOffer')}</span>
                          </th>
                        )}
                      </tr>
                    </thead>
                    <tbody>
                      {provider.offers.map((o) => (
                        <tr key={o.id}>
                          <th scope="row">
                            <Link
                              to={`/offers/${o.id}`}
                              aria-label={t('provider.openLabel', { offer: o.name })}
                            >
                              {o.name}
                            </Link>
                            {o.description && <span className="d-block text-muted">{o.description}</span>}
                          </th>
                          <td>
                            <Link to={`/target-groups/${o.targetGroup.id}`}>{o.targetGroup.name}</Link>
                          </td>
                          <td>
                            {o.placement
                              ? t('level', { level: readFragment(PLACEMENT_FIELDS, o.placement).level })
                              : t('provider.notPlaced')}
                          </td>
                          <td>
                            <span className={caseStatusClass(o.currentCase?.status)}>
                              {o.currentCase
                                ? t('provider.caseProgress', {
                                    status: t(caseStatusKey(o.currentCase.status)),
                                    count: o.currentCase.submittedCount,
                                  })
                                : t(caseStatusKey(null))}
                            </span>
                          </td>
                          {isCoordinator && (
                            <td>
                              <ConfirmButton
                                label={t('provider.deleteOffer')}
                                accessibleLabel={t('provider.deleteOfferLabel', { offer: o.name })}
                                question={t('provider.deleteOfferQuestion', { offer: o.name })}
                                confirmLabel={t('provider.deleteConfirm')}
                                onConfirm={() => onDeleteOffer(o.id, o.name)}
                              />
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {isCoordinator && (
                <AddOfferForm
                  providerId={facts.id}
                  targetGroups={readFragment(TARGET_GROUP_SUMMARY, groups.data?.targetGroups ?? [])}
                  onAdded={(name) => {
                    setMessage(t('provider.addOffer.added', { name }));
                    void refetch();
                  }}
                />
              )}
            </section>
          </>
        )
      }
    </SpecialisationPage>
  );
}
