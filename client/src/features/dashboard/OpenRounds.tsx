import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/format';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { REVIEW_EVENTS } from '../review/operations';
import './i18n';
import { DASHBOARD_ROUND_FIELDS } from './OpenRounds.fragments';
import { DASHBOARD_REVIEW } from './operations';

/**
 * A document's open review rounds with their deadlines, each linking to the
 * round. Listens to the document's review events and refetches the rounds and
 * the chapters' open comment counts, which Apollo merges into the dashboard.
 */
export function OpenRounds({
  documentId,
  documentTitle,
  rounds: roundRefs,
  onChange,
}: {
  documentId: string;
  documentTitle: string;
  rounds: readonly FragmentOf<typeof DASHBOARD_ROUND_FIELDS>[];
  /** Told of round events, to announce them. */
  onChange: (type: string) => void;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const rounds = readFragment(DASHBOARD_ROUND_FIELDS, roundRefs);
  const client = useApolloClient();
  useSubscription(REVIEW_EVENTS, {
    variables: { documentId },
    onData: ({ data: event }) => {
      const type = event.data?.reviewEvents.type;
      if (!type) return;
      void client
        .query({ query: DASHBOARD_REVIEW, variables: { documentId }, fetchPolicy: 'network-only' })
        .catch(() => undefined);
      onChange(type);
    },
  });
  const headingId = `dash-rounds-${documentId}`;
  return (
    <section className="dashboard-rounds" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        {t('rounds.heading')}
        <span className="visually-hidden"> {t('rounds.of', { document: documentTitle })}</span>
      </h3>
      {rounds.length === 0 ? (
        <p>{t('rounds.none')}</p>
      ) : (
        <ul className="dashboard-rounds__list">
          {rounds.map((round) => (
            <li key={round.id}>
              <Link to={`/rounds/${round.id}`}>{round.title}</Link>
              {' – '}
              {t('rounds.deadline', {
                date: formatDateTime(round.deadline, i18n.language),
                count: round.chapterIds.length,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
