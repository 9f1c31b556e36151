/**
 * Rate control for benchmarks: lets `ms` pass, so that simulated people type,
 * send or connect at a set pace. Never a way to wait for something to happen:
 * a benchmark waits for a state, an event or a message with `eventually`
 * (test/support/wait.ts), like the tests do.
 */
export function pace(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Lets time pass until `at` (a `performance.now()` time): a loop's next round on schedule, however long this one took. */
export function paceUntil(at: number): Promise<void> {
  return pace(at - performance.now());
}
