import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { readFragment } from '../../lib/graphql';
import { chapterStatusClass, chapterStatusKey } from '../../lib/labels';
import { CriterionCard } from './CriterionCard';
import { CRITERION_FIELDS } from './CriterionCard.fragments';
import { LiveOff } from './LiveOff';
import { TARGET_GROUP } from './operations';
import { SpecialistGroup } from './SpecialistGroup';
import { SpecialisationPage } from './SpecialisationPage';
import { TARGET_GROUP_SUMMARY } from './targetGroup.fragments';
import { useSpecialisationEvents } from './useSpecialisationEvents';

/** A target group: its description document, the level criteria of levels 1–3 and its specialist group. */
export function TargetGroupPage() {
  const { t } = useTranslation('specialisation');
  const { t: tApp } = useTranslation();
  const { targetGroupId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TARGET_GROUP, {
    variables: { id: targetGroupId },
    fetchPolicy: 'cache-and-network',
  });
  const group = data?.targetGroup;
  const summary = readFragment(TARGET_GROUP_SUMMARY, group);
  const { liveOff } = useSpecialisationEvents(summary?.projectId, refetch);

  return (
    <SpecialisationPage
      projectId={summary?.projectId}
      title={summary?.name ?? null}
      crumbs={
        summary
          ? [{ label: t('targetGroups.title'), to: `/projects/${summary.projectId}/target-groups` }]
          : []
      }
      loading={loading && !data}
      error={error}
      unavailableTitle={t('targetGroup.unavailable')}
    >
      {({ isCoordinator }) =>
        group &&
        summary && (
          <>
            {summary.description && <p className="font-lead">{summary.description}</p>}
            <LiveOff off={liveOff} />

            <section aria-labelledby="tg-document-heading">
              <h2 id="tg-document-heading">{t('targetGroup.description')}</h2>
              <p>{t('targetGroup.descriptionIntro')}</p>
              <h3 className="h4">{group.document.title}</h3>
              {group.document.chapters.length === 0 ? (
                <p>{t('targetGroup.noChapters')}</p>
              ) : (
                <ol
                  className="spec-chapters"
                  aria-label={t('targetGroup.chapters', { document: group.document.title })}
                >
                  {[...group.document.chapters]
                    .sort((a, b) => a.position - b.position)
                    .map((c) => (
                      <li key={c.id}>
                        <Link to={`/chapters/${c.id}`}>{c.title}</Link>{' '}
                        <span className={chapterStatusClass(c.status)}>
                          {tApp(chapterStatusKey(c.status))}
                        </span>
                      </li>
                    ))}
                </ol>
              )}
            </section>

            <section aria-labelledby="tg-criteria-heading" className="mt-6">
              <h2 id="tg-criteria-heading">{t('criteria.heading')}</h2>
              <p>{t('criteria.intro')}</p>
              {group.criteria.map((c) => (
                <CriterionCard
                  key={readFragment(CRITERION_FIELDS, c).level}
                  targetGroupId={summary.id}
                  criterion={c}
                  canEdit={summary.viewerCan.editCriteria}
                  refetch={refetch}
                />
              ))}
            </section>

            <SpecialistGroup
              projectId={summary.projectId}
              targetGroupId={summary.id}
              targetGroupName={summary.name}
              specialists={group.specialists}
              isCoordinator={isCoordinator}
              onSaved={() => void refetch()}
            />

            <p className="mt-6">
              <Link to={`/projects/${summary.projectId}/placements?targetGroup=${summary.id}`}>
                {t('targetGroup.offersLink')}
              </Link>
            </p>
          </>
        )
      }
    </SpecialisationPage>
  );
}
