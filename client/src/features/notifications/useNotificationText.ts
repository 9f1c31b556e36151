import { useTranslation } from 'react-i18next';
import './i18n';

interface NotificationLike {
  kind: string;
  /** JSONObject: kind-specific values such as chapterTitle. */
  data: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** The server sends a kind and its data; this words them. Unknown kinds still say something useful. */
export function useNotificationText() {
  const { t } = useTranslation('notifications');
  return (n: NotificationLike): string => {
    const data = (n.data ?? {}) as Record<string, unknown>;
    const chapter = text(data.chapterTitle) ?? t('unknownChapter');
    const document = text(data.documentTitle) ?? text(data.chapterTitle) ?? t('unknownDocument');
    return t(`kind.${n.kind}`, { chapter, document, defaultValue: t('kind.other', { chapter }) });
  };
}
