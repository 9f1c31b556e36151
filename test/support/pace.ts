/**
 * Rate control: lets `ms` pass, so that simulated people type, send or connect at a set pace (a benchmark's
 * rate, a scenario's duration, staying under a rate limit). Never a way to wait for something to happen:
 * tests and benchmarks wait for a state, an event or a message with `eventually` (./wait.ts).
 */
export function pace(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Lets time pass until `at` (a `performance.now()` time): a loop's next round on schedule, however long this one took. */
export function paceUntil(at: number): Promise<void> {
  return pace(at - performance.now());
}
