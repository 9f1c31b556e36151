import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { DiffView } from '../versions/DiffView';
import { CHAPTER_VERSION_DIFF } from '../versions/operations';
import './i18n';

interface Props {
  organization: string;
  /** The stored version whose text the approval was given on, if any. */
  version: { id: string; name: string } | null;
}

function Diff({ versionId, label }: { versionId: string; label: string }) {
  const { data, loading, error } = useQuery(CHAPTER_VERSION_DIFF, {
    variables: { fromVersionId: versionId },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  return <DiffView segments={data?.chapterVersionDiff ?? []} label={label} />;
}

/** What changed since a now stale approval: the approved version against the current text, on request. */
export function StaleChanges({ organization, version }: Props) {
  const { t } = useTranslation('approvals');
  const [open, setOpen] = useState(false);
  const heading = t('stale.heading', { organization });
  return (
    <div className="approval-stale">
      <button
        type="button"
        className="button button-tertiary button-small"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('stale.hide') : t('stale.show', { organization })}
      </button>
      {open && (
        <section aria-label={heading}>
          <h3 className="h5">{heading}</h3>
          {version ? (
            <>
              <p>{t('stale.intro', { version: version.name })}</p>
              <Diff versionId={version.id} label={heading} />
            </>
          ) : (
            <p>{t('stale.noVersion')}</p>
          )}
        </section>
      )}
    </div>
  );
}
