import { useTranslation } from 'react-i18next';
import { initials } from './userColor';
import type { PresentUser } from './useAwarenessUsers';

/** Avatars of who has the chapter open, with the same information as text for screen readers. */
export function PresenceList({ users }: { users: PresentUser[] }) {
  const { t } = useTranslation('chapters');
  if (users.length === 0) return null;
  const describe = (u: PresentUser) => {
    const name = u.isMe ? t('presence.you', { name: u.name }) : u.name;
    // Someone who may edit is not "reading along" just because their caret is not in the text yet.
    if (u.editing) return t('presence.editing', { name });
    return u.canEdit ? t('presence.present', { name }) : t('presence.viewing', { name });
  };
  return (
    <section className="chapter-presence" aria-labelledby="chapter-presence-heading">
      <h2 id="chapter-presence-heading" className="visually-hidden">
        {t('presence.label')}
      </h2>
      <p className="visually-hidden">{t('presence.count', { count: users.length })}</p>
      <ul className="chapter-presence__list nobullet-list">
        {users.map((u) => (
          <li key={u.id} className="chapter-presence__item">
            <span
              className={`chapter-avatar${u.editing ? ' chapter-avatar--editing' : ''}`}
              style={{ backgroundColor: u.color }}
              title={describe(u)}
              aria-hidden="true"
            >
              {initials(u.name)}
            </span>
            <span className="visually-hidden">{describe(u)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
