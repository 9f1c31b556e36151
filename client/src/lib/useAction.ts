import { useCallback, useState } from 'react';

/** Moves focus to an element once React has rendered it (a form just opened, a field just refused). */
export function focusSoon(elementId: string): void {
  window.setTimeout(() => document.getElementById(elementId)?.focus());
}

export interface RunOptions {
  /** Announced in the status line when the action succeeds. */
  success?: string;
  /** Element to focus when the action succeeds, e.g. the button that opened a form that now closes. */
  focusOnSuccess?: string;
  /** Element to focus when the server refuses, e.g. the field the user should correct. */
  focusOnError?: string;
}

/**
 * One user action (usually a mutation): whether it is pending, the error to show and the status message
 * to announce. `run` resolves to true on success, so the caller can close a form or refresh; a refused
 * action leaves its error in `error` for an `ErrorAlert` instead of throwing.
 */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');

  const run = useCallback(
    async (task: () => Promise<unknown>, options: RunOptions = {}): Promise<boolean> => {
      setError(null);
      setMessage('');
      setPending(true);
      try {
        await task();
        if (options.success) setMessage(options.success);
        if (options.focusOnSuccess) focusSoon(options.focusOnSuccess);
        return true;
      } catch (e) {
        setError(e);
        if (options.focusOnError) focusSoon(options.focusOnError);
        return false;
      } finally {
        setPending(false);
      }
    },
    [],
  );

  const reset = useCallback(() => {
    setError(null);
    setMessage('');
  }, []);

  return { run, pending, error, message, reset };
}
export type Action = ReturnType<typeof useAction>;
