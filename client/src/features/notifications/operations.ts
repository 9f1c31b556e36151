import { graphql } from '../../lib/graphql';
import { NOTIFICATION_FIELDS } from './notification.fragments';

export const NOTIFICATIONS = graphql(
  `
    query Notifications($unreadOnly: Boolean!, $limit: Int!, $offset: Int!) {
      notifications(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {
        ...NotificationFields
      }
    }
  `,
  [NOTIFICATION_FIELDS],
);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [UUID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NOTIFICATION_ADDED = graphql(
  `
    subscription NotificationAdded {
      notificationAdded {
        ...NotificationFields
      }
    }
  `,
  [NOTIFICATION_FIELDS],
);

/** The unread count once the server listens for my notifications, then after each new one. */
export const UNREAD_NOTIFICATION_COUNT_CHANGED = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`);
