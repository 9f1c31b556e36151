import { useQuery } from '@apollo/client/react';
import { ME } from './operations';

export function useMe() {
  const { data, loading, error } = useQuery(ME);
  return { me: data?.me ?? null, loading: loading && !data, error };
}
