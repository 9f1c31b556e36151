import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { LOGIN } from './operations';
import { useMe } from './useMe';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const { me } = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [login, { loading }] = useMutation(LOGIN);

  if (me) return <Navigate to={from} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await login({ variables: { input: { email: email.trim(), password } } });
      // Everything cached so far belonged to nobody; start clean as the new user.
      await client.resetStore();
      void navigate(from, { replace: true });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t('login.title')}</h1>
        <p className="font-lead">{t('login.intro')}</p>
        <ErrorAlert error={error} />
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <div className="form-group">
            <label className="form-label" htmlFor="login-email">
              {t('login.email')}
            </label>
            <input
              className="form-input"
              id="login-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="login-password">
              {t('login.password')}
            </label>
            <input
              className="form-input"
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary mt-5" disabled={loading}>
            {loading ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
