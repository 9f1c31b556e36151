import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';
import { readFragment } from '../../lib/graphql';
import { MY_PROJECTS } from '../projects/operations';
import './i18n';
import { NOTIFICATION_FIELDS } from './notification.fragments';
import './notifications.css';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from './operations';
import { notificationLink, useNotificationText } from './useNotificationText';

const PAGE = 50;

/** The notification centre: newest first, each with a way to what it is about, marked read one by one or all at once. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation('notifications');
  const { t: tApp } = useTranslation();
  const wording = useNotificationText();
  const unreadId = useId();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const { data, loading, error, refetch } = useQuery(NOTIFICATIONS, {
    variables: { unreadOnly, limit, offset: 0 },
    fetchPolicy: 'cache-and-network',
  });
  const { data: projects } = useQuery(MY_PROJECTS);
  const [markRead, marking] = useMutation(MARK_NOTIFICATIONS_READ, {
    refetchQueries: [UNREAD_NOTIFICATION_COUNT],
  });
  usePageTitle(t('page.title'));

  const projectTitle = (id: string) => projects?.myProjects.find((p) => p.id === id)?.title ?? null;
  const notifications = readFragment(NOTIFICATION_FIELDS, data?.notifications ?? []);
  const anyUnread = notifications.some((n) => !n.readAt);

  async function mark(ids: string[] | null, done: string) {
    setActionError(null);
    setMessage('');
    try {
      await markRead({ variables: { ids } });
      await refetch();
      setMessage(done);
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <>
      <Breadcrumbs items={[{ label: tApp('nav.myProjects'), to: '/' }, { label: t('page.title') }]} />
      <h1>{t('page.title')}</h1>
      <p className="font-lead">{t('page.intro')}</p>

      <div className="notification-toolbar">
        <div className="form-group-checkbox">
          <input
            id={unreadId}
            type="checkbox"
            className="form-checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.target.checked)}
          />
          <label htmlFor={unreadId}>{t('page.unreadOnly')}</label>
        </div>
        {anyUnread && (
          <button
            type="button"
            className="button button-secondary"
            disabled={marking.loading}
            onClick={() => void mark(null, t('page.markedAll'))}
          >
            {t('page.markAll')}
          </button>
        )}
      </div>

      <ErrorAlert error={actionError} />
      <p role="status" className="status-line">
        {message}
      </p>

      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : notifications.length === 0 ? (
        <p>{unreadOnly ? t('page.noneUnread') : t('page.none')}</p>
      ) : (
        <ul className="notification-list unstyled-list" aria-label={t('page.listLabel')}>
          {notifications.map((n) => {
            const text = wording(n);
            const project = projectTitle(n.projectId);
            const link = notificationLink(n);
            return (
              <li key={n.id} className={n.readAt ? undefined : 'notification--unread'}>
                <p className="mb-0">
                  {!n.readAt && <strong className="badge badge-info mr-2">{t('page.unread')}</strong>}
                  {text}
                </p>
                <p className="notification__meta">
                  {formatDateTime(n.createdAt, i18n.language)}
                  {project && ` · ${project}`}
                </p>
                <div className="notification__actions">
                  {link && (
                    <Link to={link.to}>
                      {link.kind === 'round' ? t('page.openRound') : t('page.openChapter')}
                    </Link>
                  )}
                  {!n.readAt && (
                    <button
                      type="button"
                      className="button button-tertiary button-small"
                      aria-label={t('page.markReadLabel', { text })}
                      disabled={marking.loading}
                      onClick={() => void mark([n.id], t('page.marked'))}
                    >
                      {t('page.markRead')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {notifications.length >= limit && (
        <button type="button" className="button button-secondary" onClick={() => setLimit((l) => l + PAGE)}>
          {t('page.more')}
        </button>
      )}
    </>
  );
}
