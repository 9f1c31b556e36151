import { useQuery, useSubscription } from '@apollo/client/react';
import { MEMBERSHIP_CHANGED, PROJECT } from './operations';

/** The project with live membership: any change by anyone refetches it (my own rights may have changed too). */
export function useProject(projectId: string) {
  const query = useQuery(PROJECT, { variables: { id: projectId }, fetchPolicy: 'cache-and-network' });
  const { refetch } = query;
  useSubscription(MEMBERSHIP_CHANGED, {
    variables: { projectId },
    skip: !query.data?.project,
    onData: () => {
      void refetch().catch(() => undefined);
    },
  });
  return {
    project: query.data?.project ?? null,
    loading: query.loading && !query.data,
    error: query.error,
    refetch,
  };
}
