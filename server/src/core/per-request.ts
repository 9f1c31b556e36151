/**
 * One cache per request: `perRequest(key, create)` returns what `create` made the first time this request
 * asked for `key`. Every DataLoader lives here, so "cached for this request" means the same everywhere; a
 * subscription's context gets a fresh scope for each event it delivers (see renewScope).
 */
export type PerRequest = <T>(key: object, create: () => T) => T;

const scopes = new WeakMap<PerRequest, { values: Map<object, unknown> }>();

export function createPerRequest(): PerRequest {
  const scope = { values: new Map<object, unknown>() };
  const perRequest: PerRequest = <T>(key: object, create: () => T): T => {
    if (!scope.values.has(key)) scope.values.set(key, create());
    return scope.values.get(key) as T;
  };
  scopes.set(perRequest, scope);
  return perRequest;
}

/** Forgets everything cached so far: the next event of a subscription reads afresh. */
export function renewScope(perRequest: PerRequest): void {
  const scope = scopes.get(perRequest);
  if (scope) scope.values = new Map();
}

/** DataLoader's batch contract: one answer per key in key order, an Error for a missing row. */
export function byId<T extends { id: string }>(
  rows: T[],
  ids: readonly string[],
  what: string,
): (T | Error)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? new Error(`${what} ${id} not found`));
}
