import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../../lib/format';
import { CaseHistory } from './CaseHistory';
import { CaseView } from './CaseView';
import { CriteriaAside } from './CriteriaAside';
import { LiveOff } from './LiveOff';
import { OFFER } from './operations';
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
  const projectId = offer?.targetGroup.projectId;
  const { liveOff } = useSpecialisationEvents(projectId, refetch);
  const [message, setMessage] = useState('');

  return (
    <SpecialisationPage
      projectId={projectId}
      title={offer ? t('offer.title', { offer: offer.name }) : null}
      crumbs={
        offer
          ? [
              { label: t('providers.title'), to: `/projects/${offer.provider.projectId}/providers` },
              { label: offer.provider.name, to: `/providers/${offer.provider.id}` },
            ]
          : []
      }
      loading={loading && !data}
      error={error}
      unavailableTitle={t('offer.unavailable')}
    >
      {({ isCoordinator }) => {
        if (!offer) return null;
        const current = offer.currentCase ?? null;
        const placement = offer.placement;
        const canRevisit = isCoordinator && placement && (!current || current.status === 'PLACED');
        return (
          <>
            <p className="font-lead">
              <Link to={`/providers/${offer.provider.id}`}>{offer.provider.name}</Link> ·{' '}
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
                {!offer.targetGroup.viewerCan.assess && !current?.myAssessment && (
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
