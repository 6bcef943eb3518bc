// Process caches that must not leak between databases (tests open many; a process serves one),
// one map per database and cache name.
const caches = new WeakMap<object, Map<string, Map<string, unknown>>>();

export function cacheFor<V>(db: object, name: string): Map<string, V> {
  let byName = caches.get(db);
  if (!byName) caches.set(db, (byName = new Map()));
  let m = byName.get(name);
  if (!m) byName.set(name, (m = new Map()));
  return m as Map<string, V>;
}
