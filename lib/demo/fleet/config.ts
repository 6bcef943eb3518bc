// The stand-in runtime config document each demo plugin runs with: defaults, changes by
// dotted path (what config-change events carry), diffs, and the rule for "this config hurts".
import type { PluginProfile } from './profiles';
import type { PluginRuntimeConfig } from './types';

export function defaultConfig(p: PluginProfile): PluginRuntimeConfig {
  return {
    pool: { maxConnections: p.poolSize, acquireTimeoutMs: 3000 },
    cache: { enabled: true, ttlSeconds: 300 },
    retry: { enabled: true, maxAttempts: 3 },
    logLevel: 'info',
    featureFlags: { newCheckoutFlow: false, batchWrites: true },
  };
}

export interface ConfigChange {
  path: string;
  from: unknown;
  to: unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Flattens nested objects to dotted paths: {cache:{enabled:false}} → {'cache.enabled': false}. */
export function flattenChanges(changes: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v)) Object.assign(out, flattenChanges(v, path));
    else out[path] = v;
  }
  return out;
}

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** Returns a new config with the changes applied (nested or dotted), and what actually changed. */
export function applyConfigChanges(config: PluginRuntimeConfig, changes: Record<string, unknown>): { config: PluginRuntimeConfig; diff: ConfigChange[] } {
  const next = structuredClone(config) as unknown as Record<string, unknown>;
  const diff: ConfigChange[] = [];
  for (const [path, to] of Object.entries(flattenChanges(changes))) {
    const keys = path.split('.');
    let cur = next;
    for (const key of keys.slice(0, -1)) {
      if (!isPlainObject(cur[key])) cur[key] = {};
      cur = cur[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1];
    const from = cur[last];
    if (from === to) continue;
    cur[last] = to;
    diff.push({ path, from: from ?? null, to });
  }
  return { config: next as unknown as PluginRuntimeConfig, diff };
}

/** Dotted-path differences between two configs (used for rollback events). */
export function diffConfigs(a: PluginRuntimeConfig, b: PluginRuntimeConfig): ConfigChange[] {
  const fa = flattenChanges(a as unknown as Record<string, unknown>);
  const fb = flattenChanges(b as unknown as Record<string, unknown>);
  const paths = [...new Set([...Object.keys(fa), ...Object.keys(fb)])];
  return paths.filter((p) => fa[p] !== fb[p]).map((p) => ({ path: p, from: getPath(a, p) ?? null, to: getPath(b, p) ?? null }));
}

/** A config hurts when the cache is off or the pool is far below the profile's sizing. */
export function configHealthy(p: PluginProfile, c: PluginRuntimeConfig): boolean {
  return c.cache.enabled !== false && c.pool.maxConnections >= Math.ceil(p.poolSize / 4);
}
