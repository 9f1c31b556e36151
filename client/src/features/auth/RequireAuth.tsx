import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useMe } from './useMe';

/** Pages behind the login; the person returns to where they were after logging in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading, error } = useMe();
  const location = useLocation();
  if (loading) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
