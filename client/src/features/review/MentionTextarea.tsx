import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './i18n';

export interface Mentionable {
  id: string;
  name: string;
}

/** The members the body mentions as "@Full Name" (what createComment / replyToComment take as ids). */
export function mentionedIds(body: string, members: readonly Mentionable[]): string[] {
  return members.filter((m) => body.includes(`@${m.name}`)).map((m) => m.id);
}

/** The "@query" just before the caret, if the user is typing a mention. */
function mentionQuery(value: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{M}.'-]*(?: [\p{L}\p{M}.'-]*)?)$/u.exec(value.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  members: readonly Mentionable[];
  rows?: number;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A comment field with @mentions: typing "@" and the start of a name offers
 * the members who can see the comment as buttons; choosing one writes
 * "@Full Name". Keyboard: Tab from the field reaches the suggestions.
 */
export function MentionTextarea({
  id,
  label,
  value,
  onChange,
  members,
  rows = 3,
  invalid,
  describedBy,
}: Props) {
  const { t } = useTranslation('review');
  const field = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const typing = mentionQuery(value, caret);
  const query = typing?.query.toLocaleLowerCase('da') ?? '';
  const suggestions = typing
    ? members
        .filter((m) => {
          // "@Niel" finds Karim Nielsen as well as "@Kar".
          const parts = m.name.toLocaleLowerCase('da').split(/\s+/);
          return parts.some((_, i) => parts.slice(i).join(' ').startsWith(query));
        })
        .slice(0, 6)
    : [];

  function choose(member: Mentionable) {
    if (!typing) return;
    const inserted = `@${member.name} `;
    const next = value.slice(0, typing.start) + inserted + value.slice(caret);
    onChange(next);
    const at = typing.start + inserted.length;
    setCaret(at);
    window.setTimeout(() => {
      field.current?.focus();
      field.current?.setSelectionRange(at, at);
    });
  }

  return (
    <>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {t('sidebar.mentionHint')}
      </span>
      <textarea
        ref={field}
        className="form-input"
        id={id}
        rows={rows}
        maxLength={10000}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[describedBy, `${id}-hint`].filter(Boolean).join(' ')}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
      />
      {suggestions.length > 0 && (
        <div role="group" aria-label={t('sidebar.mentionsLabel')} className="mention-suggestions">
          {suggestions.map((m) => (
            <button
              key={m.id}
              type="button"
              className="button button-tertiary button-small"
              onClick={() => choose(m)}
            >
              {t('sidebar.mentionOf', { name: m.name })}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
