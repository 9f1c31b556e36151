import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './i18n';
import './versions.css';

export interface Segment {
  type: string;
  text: string;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A word diff as running text: insertions in <ins>, deletions in <del>, each
 * with its start and end said in words for screen readers (which rarely
 * announce the elements themselves).
 */
export function DiffView({ segments, label }: { segments: readonly Segment[]; label?: string }) {
  const { t } = useTranslation('versions');
  const legendId = useId();
  const changed = segments.filter((s) => s.type !== 'EQUAL');
  if (changed.length === 0) return <p className="diff-none">{t('diff.none')}</p>;
  const inserted = changed.filter((s) => s.type === 'INSERT').reduce((n, s) => n + words(s.text), 0);
  const deleted = changed.filter((s) => s.type === 'DELETE').reduce((n, s) => n + words(s.text), 0);
  return (
    <figure className="diff" aria-label={label ?? t('diff.label')} aria-describedby={legendId}>
      <figcaption id={legendId} className="diff__legend">
        {t('diff.summary', { inserted, deleted })}. {t('diff.legend')}
      </figcaption>
      <div className="diff__text">
        {segments.map((s, i) => {
          if (s.type === 'INSERT')
            return (
              <ins key={i}>
                <span className="visually-hidden">{t('diff.inserted')} </span>
                {s.text}
                <span className="visually-hidden"> {t('diff.insertedEnd')}</span>
              </ins>
            );
          if (s.type === 'DELETE')
            return (
              <del key={i}>
                <span className="visually-hidden">{t('diff.deleted')} </span>
                {s.text}
                <span className="visually-hidden"> {t('diff.deletedEnd')}</span>
              </del>
            );
          return <span key={i}>{s.text}</span>;
        })}
      </div>
    </figure>
  );
}
