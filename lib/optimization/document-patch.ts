// Applies a suggestion's path changes to a document body (a copy): set a value, or remove the
// key when `after` is undefined. Missing parents are created as objects.
import type { PathChange } from './types';

type Container = Record<string | number, unknown>;

export function applyPathChanges<T>(body: T, changes: readonly PathChange[], pick: 'after' | 'before' = 'after'): T {
  const doc = structuredClone(body) as unknown as Container;
  for (const c of changes) {
    const value = c[pick];
    let cur: Container = doc;
    for (const key of c.path.slice(0, -1)) {
      if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = {};
      cur = cur[key] as Container;
    }
    const last = c.path[c.path.length - 1];
    if (value === undefined) {
      if (Array.isArray(cur) && typeof last === 'number') cur.splice(last, 1);
      else delete cur[last];
    } else cur[last] = structuredClone(value);
  }
  return doc as unknown as T;
}
