import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseLinkUrl } from './linkUrl';

interface Props {
  editor: Editor;
  onClose: () => void;
}

/** Asks for a link's address in the page (not window.prompt), so it can be labelled and validated. */
export function LinkForm({ editor, onClose }: Props) {
  const { t } = useTranslation('chapters');
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(current);
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => inputRef.current?.select(), []);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const href = normaliseLinkUrl(value);
    if (!href) {
      setInvalid(true);
      inputRef.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain
        .insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  return (
    <form className="link-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      <div className={`form-group${invalid ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${id}-url`}>
          {t('link.url')}
        </label>
        {invalid && (
          <span className="form-error-message" id={`${id}-error`}>
            {t('link.invalid')}
          </span>
        )}
        <div className="link-form__row">
          <input
            ref={inputRef}
            id={`${id}-url`}
            className="form-input"
            type="text"
            inputMode="url"
            autoComplete="url"
            value={value}
            maxLength={2000}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
            onChange={(e) => {
              setValue(e.target.value);
              setInvalid(false);
            }}
          />
          <button type="submit" className="button button-primary button-small">
            {t('link.apply')}
          </button>
          {editor.isActive('link') && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                editor.chain().focus().extendMarkRange('link').unsetLink().run();
                onClose();
              }}
            >
              {t('link.remove')}
            </button>
          )}
          <button type="button" className="button button-tertiary button-small" onClick={close}>
            {t('link.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
