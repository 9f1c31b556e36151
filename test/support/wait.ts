/**
 * Waits until `check` returns something truthy, polling; fails the test with `what` (and the last error
 * `check` threw) after `ms`. The one place tests wait: for a state, an event or a message, never a fixed time.
 * `every` spaces the checks (a benchmark's check may be a query it should not repeat too often).
 */
export async function eventually<T>(
  check: () => T | Promise<T>,
  what: string,
  ms = 10_000,
  every = 25,
): Promise<NonNullable<T>> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() - started > ms)
      throw new Error(`Timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}
