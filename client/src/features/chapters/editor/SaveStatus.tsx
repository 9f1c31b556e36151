import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './useCollabSession';

const ANNOUNCE_AFTER_MS = 1200;

/**
 * The visible state changes at once (so "Gemt" never shows while an edit is
 * unacknowledged); the polite live region only speaks once the state has held
 * for a moment, so typing does not make a screen reader chatter.
 */
export function SaveStatus({ state, readOnly }: { state: SaveState; readOnly: boolean }) {
  const { t } = useTranslation('chapters');
  const text = label(state, readOnly, t);
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(text), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  if (state === 'refused') return null;
  return (
    <div className={`save-state save-state--${readOnly && state === 'saved' ? 'live' : state}`}>
      <span className="save-state__line" aria-hidden="true">
        <span className="save-state__dot" />
        {text}
      </span>
      <span role="status" aria-live="polite" className="visually-hidden">
        {announced}
      </span>
      {state === 'offline' && !readOnly && <span className="save-state__hint">{t('save.offlineHint')}</span>}
    </div>
  );
}

function label(state: SaveState, readOnly: boolean, t: (key: string) => string): string {
  if (readOnly && (state === 'saved' || state === 'saving')) return t('save.live');
  return t(`save.${state === 'refused' ? 'offline' : state}`);
}
