import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Icon } from '../../components/Icon';
import { readFragment } from '../../lib/graphql';
import './i18n';
import { NOTIFICATION_FIELDS } from './notification.fragments';
import './notifications.css';
import {
  NOTIFICATIONS,
  UNREAD_NOTIFICATION_COUNT,
  NOTIFICATION_ADDED,
  UNREAD_NOTIFICATION_COUNT_CHANGED,
} from './operations';
import { useNotificationText } from './useNotificationText';

/** The header's way to the notification centre, with the unread count kept live by a subscription. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const client = useApolloClient();
  const location = useLocation();
  const wording = useNotificationText();
  const [announcement, setAnnouncement] = useState('');
  const { data, refetch } = useQuery(UNREAD_NOTIFICATION_COUNT, { fetchPolicy: 'cache-and-network' });
  // Its first message comes once the server listens for my notifications, so the count asked for then
  // includes one that arrived while the subscription was starting (which no event will announce).
  useSubscription(UNREAD_NOTIFICATION_COUNT_CHANGED, {
    onData: () => void refetch().catch(() => undefined),
  });
  useSubscription(NOTIFICATION_ADDED, {
    onData: ({ data: event }) => {
      const added = readFragment(NOTIFICATION_FIELDS, event.data?.notificationAdded);
      if (added) setAnnouncement(t('page.live', { text: wording(added) }));
      void client.refetchQueries({ include: [NOTIFICATIONS] }).catch(() => undefined);
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  const current = location.pathname === '/notifications';
  return (
    <>
      <Link to="/notifications" className="notification-bell" aria-current={current ? 'page' : undefined}>
        <Icon name="notifications" />
        {/* The name is the visible word and count plus hidden words (WCAG 2.5.3 Label in Name). */}
        <span className="notification-bell__text">{t('bell.text')}</span>
        {count > 0 ? (
          <>
            <span className="notification-bell__count">{count > 99 ? '99+' : count}</span>
            <span className="visually-hidden"> {t('bell.unread', { count })}</span>
          </>
        ) : (
          <span className="visually-hidden">{t('bell.none')}</span>
        )}
      </Link>
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
    </>
  );
}
