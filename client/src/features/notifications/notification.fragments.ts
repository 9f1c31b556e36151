import { graphql } from '../../lib/graphql';

/** A notification as the notification centre and the bell's announcement word it. */
export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    projectId
    chapterId
    actorId
    data
    createdAt
    readAt
  }
`);
