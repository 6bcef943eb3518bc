// The plugin's runtime settings as its own config-change events last reported them
// (data.changes: [{ path, from, to }]), with when each value was set.
import type { ConfigChangeFact } from './types';

export function runtimeConfigFrom(changes: readonly ConfigChangeFact[]): Record<string, { value: unknown; since: number }> {
  const out: Record<string, { value: unknown; since: number }> = {};
  for (const c of changes) {
    if (c.source !== 'runtime') continue;
    for (const x of c.changes) out[x.path] = { value: x.to, since: c.ts };
  }
  return out;
}
