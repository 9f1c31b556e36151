import { useTranslation } from 'react-i18next';
import { shortcutLabel, type ShortcutId } from './shortcuts';

const LISTED: ShortcutId[] = [
  'bold',
  'italic',
  'heading2',
  'heading3',
  'paragraph',
  'bulletList',
  'orderedList',
  'blockquote',
  'link',
  'undo',
  'redo',
  'toolbar',
];

/** The editor's keyboard shortcuts, listed where people can find them (not only in tooltips). */
export function ShortcutList() {
  const { t } = useTranslation('chapters');
  return (
    <details className="shortcut-list">
      <summary>{t('shortcuts.summary')}</summary>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {LISTED.map((id) => (
            <tr key={id}>
              <td>
                <kbd>{shortcutLabel(id)}</kbd>
              </td>
              <td>{t(`shortcuts.${id}`)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>←</kbd> <kbd>→</kbd> <kbd>Home</kbd> <kbd>End</kbd>
            </td>
            <td>{t('shortcuts.toolbarArrows')}</td>
          </tr>
        </tbody>
      </table>
    </details>
  );
}
