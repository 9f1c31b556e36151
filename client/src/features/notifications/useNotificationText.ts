import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import './i18n';

interface NotificationLike {
  kind: string;
  /** JSONObject: kind-specific values such as chapterTitle. */
  data: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** The server sends a kind and its data; this words them. Unknown kinds still say something useful. */
export function useNotificationText() {
  const { t, i18n } = useTranslation('notifications');
  return (n: NotificationLike): string => {
    const data = (n.data ?? {}) as Record<string, unknown>;
    const chapter = text(data.chapterTitle) ?? t('unknownChapter');
    const document = text(data.documentTitle) ?? text(data.chapterTitle) ?? t('unknownDocument');
    const round = text(data.roundTitle) ?? t('unknownRound');
    const deadline = text(data.deadline);
    const disposition = text(data.disposition);
    return t(`kind.${n.kind}`, {
      chapter,
      document,
      round,
      deadline: deadline ? formatDateTime(deadline, i18n.language) : '',
      disposition: t(`disposition.${disposition ?? 'unknown'}`, { defaultValue: t('disposition.unknown') }),
      defaultValue: t('kind.other', { chapter }),
    });
  };
}

/** Where a notification leads: its review round, else its chapter. */
export function notificationLink(n: { chapterId?: string | null; data: unknown }): {
  to: string;
  kind: 'round' | 'chapter';
} | null {
  const data = (n.data ?? {}) as Record<string, unknown>;
  const roundId = text(data.roundId);
  // A disposition is read beside the comment, on the chapter.
  if (roundId && !n.chapterId) return { to: `/rounds/${roundId}`, kind: 'round' };
  if (n.chapterId) return { to: `/chapters/${n.chapterId}`, kind: 'chapter' };
  return null;
}
