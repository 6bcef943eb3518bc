// The events an optimization scan reads: configuration changes (console saves carry
// documentKind/version/paths, plugins report runtime changes as data.changes) and the hosts
// that events name (data.host, data.hosts, data.url).
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { pluginEvent } from '../db/schema';
import type { ConfigChangeFact, HostFact } from './types';

type Row = typeof pluginEvent.$inferSelect;

function toChange(r: Row): ConfigChangeFact {
  const d = (r.data ?? {}) as Record<string, unknown>;
  const reported = Array.isArray(d.changes) ? (d.changes as { path: string; from: unknown; to: unknown }[]).filter((c) => typeof c?.path === 'string') : [];
  const console = typeof d.documentKind === 'string';
  return {
    eventId: r.id,
    ts: r.ts.getTime(),
    source: console ? 'console' : 'runtime',
    documentKind: console ? (d.documentKind as string) : undefined,
    version: typeof d.version === 'number' ? d.version : undefined,
    previousVersion: typeof d.previousVersion === 'number' ? d.previousVersion : undefined,
    paths: Array.isArray(d.paths) ? (d.paths as string[]) : reported.map((c) => c.path),
    changes: reported,
    message: r.message,
  };
}

export async function loadConfigChanges(db: Db, pluginId: string, from: number): Promise<ConfigChangeFact[]> {
  const rows = await db
    .select()
    .from(pluginEvent)
    .where(and(eq(pluginEvent.pluginId, pluginId), gte(pluginEvent.ts, new Date(from)), inArray(pluginEvent.kind, ['config-change', 'rollback'])))
    .orderBy(pluginEvent.ts);
  return rows.map(toChange);
}

function hostOf(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  try {
    return value.includes('://') ? new URL(value).hostname : value.split(':')[0];
  } catch {
    return null;
  }
}

/** Hosts named by the plugin's events since `from`, or null when no event names any. */
export async function loadHosts(db: Db, pluginId: string, from: number): Promise<HostFact[] | null> {
  const rows = await db
    .select({ ts: pluginEvent.ts, data: pluginEvent.data })
    .from(pluginEvent)
    .where(and(eq(pluginEvent.pluginId, pluginId), gte(pluginEvent.ts, new Date(from)), sql`(${pluginEvent.data} ? 'host' or ${pluginEvent.data} ? 'hosts' or ${pluginEvent.data} ? 'url')`));
  if (rows.length === 0) return null;
  const hosts = new Map<string, HostFact>();
  for (const r of rows) {
    const d = r.data as Record<string, unknown>;
    const names = [hostOf(d.host), hostOf(d.url), ...(Array.isArray(d.hosts) ? d.hosts.map(hostOf) : [])].filter((h): h is string => h !== null);
    const t = r.ts.getTime();
    for (const name of new Set(names)) {
      const h = hosts.get(name) ?? { host: name, ports: [], events: 0, firstSeen: t, lastSeen: t };
      h.events++;
      h.firstSeen = Math.min(h.firstSeen, t);
      h.lastSeen = Math.max(h.lastSeen, t);
      if (typeof d.port === 'number' && !h.ports.includes(d.port)) h.ports.push(d.port);
      hosts.set(name, h);
    }
  }
  return [...hosts.values()];
}
