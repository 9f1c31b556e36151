import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { InvitationUnavailable } from './InvitationUnavailable';
import { ACCEPT_INVITE, INVITATION } from './operations';

const MIN_PASSWORD = 10;

export function AcceptInvitePage() {
  const { t } = useTranslation();
  usePageTitle(t('invite.title'));
  const { token = '' } = useParams();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(INVITATION, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [serverError, setServerError] = useState<unknown>(null);
  const [accept, { loading: saving }] = useMutation(ACCEPT_INVITE);

  if (loading) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  const invited = data?.invitation;
  if (!invited) return <InvitationUnavailable token={token} />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setServerError(null);
    if (password.length < MIN_PASSWORD) return setProblem(t('invite.tooShort', { count: MIN_PASSWORD }));
    if (password !== repeat) return setProblem(t('invite.mismatch'));
    setProblem(null);
    try {
      await accept({ variables: { input: { token, password } } });
      await client.resetStore();
      void navigate('/', { replace: true });
    } catch (e) {
      setServerError(e);
    }
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t('invite.greeting', { name: invited.name })}</h1>
        <p className="font-lead">
          {t('invite.intro', { organization: invited.organization.name, email: invited.email })}
        </p>
        <ErrorAlert error={serverError} />
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <div className={`form-group${problem ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor="invite-password">
              {t('invite.password')}
            </label>
            <span className="form-hint" id="invite-password-hint">
              {t('invite.passwordHint', { count: MIN_PASSWORD })}
            </span>
            {problem && (
              <span className="form-error-message" id="invite-password-error" role="alert">
                {problem}
              </span>
            )}
            <input
              className="form-input"
              id="invite-password"
              type="password"
              autoComplete="new-password"
              minLength={MIN_PASSWORD}
              required
              aria-describedby={`invite-password-hint${problem ? ' invite-password-error' : ''}`}
              aria-invalid={problem ? true : undefined}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="invite-repeat">
              {t('invite.repeat')}
            </label>
            <input
              className="form-input"
              id="invite-repeat"
              type="password"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary mt-5" disabled={saving}>
            {t('invite.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
