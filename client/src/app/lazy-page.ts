import { lazy, type ComponentType } from 'react';

/** A route's page loaded on first visit; pages are named exports, React.lazy wants a default one. */
export function page<K extends string>(load: () => Promise<{ [P in K]: ComponentType }>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
