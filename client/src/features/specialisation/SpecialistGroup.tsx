import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { orgLabel } from '../../lib/format';
import { roleKey } from '../../lib/labels';
import { MEMBERSHIP_FIELDS } from '../../lib/fragments';
import { readFragment, type FragmentOf } from '../../lib/graphql';
import { PROJECT_MEMBERS, SET_SPECIALISTS } from './operations';

interface Props {
  projectId: string;
  targetGroupId: string;
  targetGroupName: string;
  specialists: readonly FragmentOf<typeof MEMBERSHIP_FIELDS>[];
  isCoordinator: boolean;
  onSaved: () => void;
}

function SpecialistsForm({
  projectId,
  targetGroupId,
  current,
  onDone,
}: {
  projectId: string;
  targetGroupId: string;
  current: string[];
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation('specialisation');
  const { t: tApp } = useTranslation();
  const { data, error: loadError } = useQuery(PROJECT_MEMBERS, { variables: { id: projectId } });
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(current));
  const [error, setError] = useState<unknown>(null);
  const [save, { loading }] = useMutation(SET_SPECIALISTS);
  const eligible = (data?.project.members ?? [])
    .filter((m) => m.mayBeSpecialist)
    .map((m) => readFragment(MEMBERSHIP_FIELDS, m))
    .sort((a, b) => a.user.name.localeCompare(b.user.name, 'da'));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await save({ variables: { input: { targetGroupId, membershipIds: [...chosen] } } });
      onDone(true);
    } catch (e) {
      setError(e);
    }
  }

  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorAlert error={loadError ?? error} />
      <fieldset>
        <legend className="form-label">{t('specialists.legend')}</legend>
        <span className="form-hint">{t('specialists.hint')}</span>
        {eligible.map((m) => (
          <div className="form-group-checkbox" key={m.id}>
            <input
              type="checkbox"
              className="form-checkbox"
              id={`specialist-${targetGroupId}-${m.id}`}
              checked={chosen.has(m.id)}
              onChange={(e) => toggle(m.id, e.target.checked)}
            />
            <label htmlFor={`specialist-${targetGroupId}-${m.id}`}>
              {m.user.name} ({orgLabel(m.organization)}, {tApp(roleKey(m.role))})
            </label>
          </div>
        ))}
      </fieldset>
      <div className="button-row mt-4">
        <button type="submit" className="button button-primary" disabled={loading || !data}>
          {t('specialists.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
          {tApp('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Who is in the target group's specialist group; coordinators choose from the project's working group. */
export function SpecialistGroup(props: Props) {
  const { projectId, targetGroupId, isCoordinator, onSaved } = props;
  const specialists = readFragment(MEMBERSHIP_FIELDS, props.specialists);
  const { t } = useTranslation('specialisation');
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="specialists-heading" className="mt-6">
      <h2 id="specialists-heading">{t('specialists.heading')}</h2>
      <p>{t('specialists.intro')}</p>
      <p role="status" className="status-line">
        {message}
      </p>
      {editing ? (
        <SpecialistsForm
          projectId={projectId}
          targetGroupId={targetGroupId}
          current={specialists.map((s) => s.id)}
          onDone={(saved) => {
            setEditing(false);
            if (saved) {
              setMessage(t('specialists.saved'));
              onSaved();
            }
          }}
        />
      ) : (
        <>
          {specialists.length === 0 ? (
            <p>{t('specialists.none')}</p>
          ) : (
            <ul aria-label={t('specialists.heading')}>
              {specialists.map((s) => (
                <li key={s.id}>
                  {s.user.name}, {orgLabel(s.organization)}
                </li>
              ))}
            </ul>
          )}
          {isCoordinator && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setMessage('');
                setEditing(true);
              }}
            >
              {t('specialists.edit')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
