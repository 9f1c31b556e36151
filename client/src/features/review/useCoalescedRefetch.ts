import { useCallback, useRef } from 'react';

/**
 * Refetches on live events without losing one: Apollo deduplicates a refetch
 * issued while the same query is in flight (it shares the older answer), so
 * an event arriving then would be missed. Instead, one more refetch follows
 * the one in flight.
 */
export function useCoalescedRefetch(refetch: () => Promise<unknown>): () => void {
  const inFlight = useRef(false);
  const again = useRef(false);
  return useCallback(() => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const run = () => {
      inFlight.current = true;
      void refetch()
        .catch(() => undefined)
        .finally(() => {
          inFlight.current = false;
          if (again.current) {
            again.current = false;
            run();
          }
        });
    };
    run();
  }, [refetch]);
}
