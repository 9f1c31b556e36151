/**
 * Work shared by every receiver of one published event in this process. The
 * pub/sub hands the same payload object to each local subscriber (in memory,
 * and after one JSON.parse per Redis message), so the object identifies the event.
 */
const shared = new WeakMap<object, Map<string, unknown>>();

export function oncePerEvent<T>(event: object, key: string, work: () => T): T {
  let memo = shared.get(event);
  if (!memo) {
    memo = new Map();
    shared.set(event, memo);
  }
  if (!memo.has(key)) memo.set(key, work());
  return memo.get(key) as T;
}
