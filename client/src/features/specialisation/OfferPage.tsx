import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { CaseHistory } from './CaseHistory';
import { CaseView } from './CaseView';
import { CASE_FIELDS } from './CaseView.fragments';
import { CriteriaAside } from './CriteriaAside';
import { LiveOff } from './LiveOff';
import { OFFER } from './operations';
import { PLACEMENT_FIELDS } from './placement.fragments';
import { PROVIDER_FIELDS } from './provider.fragments';
import { RevisitForm } from './RevisitForm';
import { SpecialisationPage } from './SpecialisationPage';
import { useSpecialisationEvents } from './useSpecialisationEvents';

/** An offer's assessment: the level criteria beside the form, the current case, the history of cases. */
export function OfferPage() {
  const { t, i18n } = useTranslation('specialisation');
  const { offerId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OFFER, {
    variables: { id: offerId },
    fetchPolicy: 'cache-and-network',
  });
  const offer = data?.offer;
  const provider = readFragment(PROVIDER_FIELDS, offer?.provider);
  const projectId = offer?.targetGroup.projectId;
  const { liveOff } = useSpecialisationEvents(projectId, refetch);
  const [message, setMessage] = useState('');

  return (
    <SpecialisationPage
      projectId={projectId}
      title={offer ? t('offer.title', { offer: offer.name }) : null}
      crumbs={
        provider
          ? [
              { label: t('providers.title'), to: `/projects/${provider.projectId}/providers` },
              { label: provider.name, to: `/providers/${provider.id}` },
            ]
          : []
      }
      loading={loading && !data}
      error={error}
      unavailableTitle={t('offer.unavailable')}
    >
      {({ isCoordinator }) => {
        if (!offer || !provider) return null;
        const current = offer.currentCase ?? null;
        const currentCase = readFragment(CASE_FIELDS, current);
        const placement = readFragment(PLACEMENT_FIELDS, offer.placement);
        const canRevisit = isCoordinator && placement && (!currentCase || currentCase.status === 'PLACED');
        return (
          <>
            <p className="font-lead">
              <Link to={`/providers/${provider.id}`}>{provider.name}</Link> ·{' '}
              <Link to={`/target-groups/${offer.targetGroup.id}`}>{offer.targetGroup.name}</Link>
            </p>
            {offer.description && <p>{offer.description}</p>}
            <LiveOff off={liveOff} />
            <p className="spec-placement">
              {placement
                ? t('offer.placement', {
                    level: placement.level,
                    date: formatDateTime(placement.confirmedAt, i18n.language),
                    name: placement.confirmedBy.name,
                  })
                : t('offer.notPlaced')}
            </p>
            <p role="status" className="status-line">
              {message}
            </p>
            <div className="spec-assess-layout">
              <div className="spec-assess-layout__main">
                <CaseView
                  offerId={offer.id}
                  current={current}
                  canAssessNew={offer.targetGroup.viewerCan.assess}
                  canSettle={offer.targetGroup.viewerCan.settle}
                  isCoordinator={isCoordinator}
                  refetch={refetch}
                />
                {!offer.targetGroup.viewerCan.assess && !currentCase?.myAssessment && (
                  <p className="text-muted">{t('offer.notSpecialist')}</p>
                )}
                {canRevisit && (
                  <RevisitForm
                    offerId={offer.id}
                    onDone={(opened) => {
                      if (opened) setMessage(t('offer.revisit.opened'));
                      void refetch();
                    }}
                  />
                )}
              </div>
              <CriteriaAside targetGroupName={offer.targetGroup.name} criteria={offer.targetGroup.criteria} />
            </div>
            <CaseHistory cases={offer.cases} />
          </>
        );
      }}
    </SpecialisationPage>
  );
}
