import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { SPECIALISATION_EVENTS } from './operations';

/**
 * Refetches what a page shows on any specialisation event of its project (the server checks each event
 * against the receiver). Returns whether live updates are off, so the page can say so.
 */
export function useSpecialisationEvents(
  projectId: string | null | undefined,
  refetch: () => Promise<unknown>,
): { liveOff: boolean } {
  const refetchRef = useRef(refetch);
  useEffect(() => {
    refetchRef.current = refetch;
  }, [refetch]);
  const live = useSubscription(SPECIALISATION_EVENTS, {
    variables: { projectId: projectId ?? '' },
    skip: !projectId,
    onData: () => {
      void refetchRef.current().catch(() => undefined);
    },
  });
  return { liveOff: Boolean(live.error) };
}
