import { useQuery } from '@apollo/client/react';
import { SPECIALISATION_PROJECT } from './operations';

/** The project a specialisation page belongs to, with what the caller may do in it. */
export function useSpecialisationProject(projectId: string | null | undefined) {
  const { data, loading, error } = useQuery(SPECIALISATION_PROJECT, {
    variables: { id: projectId ?? '' },
    skip: !projectId,
  });
  const project = data?.project ?? null;
  return {
    project,
    loading: loading && !data,
    error,
    isCoordinator: Boolean(project?.viewerCan.manage),
    canEvaluate: Boolean(project?.viewerCan.evaluate),
  };
}
