// Test helper: 30 hours of one plugin's life at one-minute resolution, with a daily traffic
// cycle, seeded noise, routine logs (including the odd known error) and health reports every
// 5 minutes, onto which each scenario paints its incident. Plain data, sent through the API.
import type { EventInput, PluginHealthReport } from '@/schemas';

export const MiB = 1024 * 1024;
export const STEP = 60_000;
const HOUR = 3_600_000;

export type Point = { pluginId: string; metric: string; timestamp: number; value: number };
export type Health = { pluginId: string; report: PluginHealthReport };

export interface Scenario {
  pluginId: string;
  from: number;
  to: number;
  points: Point[];
  events: EventInput[];
  health: Health[];
}

/** A small deterministic generator (mulberry32), so scenarios are the same on every run. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Effects {
  /** Added to (or replacing) a metric's value at time t; return undefined for no change. */
  metric?: (metric: string, t: number, normal: number) => number | undefined;
  /** Status of each dependency at time t (default healthy). */
  dependency?: (dep: string, t: number) => { status: PluginHealthReport['status']; message?: string } | undefined;
}

const DEPENDENCIES = [
  { id: 'orders-db', host: 'orders-db.internal', port: 5432 },
  { id: 'session-cache', host: 'session-cache.internal', port: 6379 },
];

export function buildScenario(pluginId: string, to: number, seed: number, fx: Effects = {}): Scenario {
  const r = rng(seed);
  const noise = (scale: number) => (r() + r() + r() - 1.5) * scale;
  const from = Math.floor((to - 30 * HOUR) / STEP) * STEP;
  const points: Point[] = [];
  const events: EventInput[] = [];
  const health: Health[] = [];
  for (let t = from; t <= to; t += STEP) {
    const hour = (t / HOUR) % 24;
    // Busy in the (UTC) afternoon, quiet at night.
    const load = 0.55 + 0.35 * Math.sin(((hour - 9) / 24) * 2 * Math.PI);
    const normal: Record<string, number> = {
      throughput: 120 * load + noise(6),
      'cpu-usage': 12 + 45 * load + noise(3),
      'memory-usage': 118 * MiB + 22 * MiB * load + noise(4 * MiB),
      'response-time': 38 + 14 * load + noise(3),
      latency: 95 + 40 * load + noise(8),
      'error-rate': Math.max(0, 0.002 + noise(0.0015)),
      'connection-count': Math.round(20 + 35 * load + noise(3)),
      'queue-depth': Math.max(0, Math.round(3 * load + noise(2))),
    };
    for (const [metric, v] of Object.entries(normal)) points.push({ pluginId, metric, timestamp: t, value: fx.metric?.(metric, t, v) ?? v });
    if (r() < 0.5) events.push({ pluginId, timestamp: t, kind: 'log', level: 'info', message: `GET /v1/orders/ord_${Math.floor(r() * 1e6)} 200 ${Math.round(40 + r() * 30)}ms` });
    // Routine errors every so often, so a pattern the plugin always has is not news.
    if (r() < 0.04) events.push({ pluginId, timestamp: t, kind: 'log', level: 'error', message: `Request req_${Math.floor(r() * 1e8).toString(36)} failed: 422 ValidationError: field '${['email', 'zip', 'currency'][Math.floor(r() * 3)]}' is invalid` });
    if (r() < 0.02) events.push({ pluginId, timestamp: t, kind: 'log', level: 'warn', message: `Slow query on orders took ${Math.round(800 + r() * 900)}ms` });
    if (t % (5 * STEP) === 0) {
      const deps = DEPENDENCIES.map((d) => ({ pluginId: d.id, status: 'healthy' as PluginHealthReport['status'], ...(fx.dependency?.(d.id, t) ?? {}) }));
      const worst = deps.some((d) => d.status === 'unhealthy' || d.status === 'failed') ? 'unhealthy' : deps.some((d) => d.status !== 'healthy') ? 'degraded' : 'healthy';
      health.push({
        pluginId,
        report: {
          status: worst,
          timestamp: new Date(t).toISOString(),
          dependencies: deps,
          checks: DEPENDENCIES.map((d) => ({ name: `dependency:${d.id}`, status: deps.find((x) => x.pluginId === d.id)!.status === 'healthy' ? 'passed' : 'failed', data: { host: d.host, port: d.port } })),
        },
      });
    }
  }
  return { pluginId, from, to, points, events, health };
}

/** Log lines of one pattern at `perMinute` lines a minute between from and to. */
export function logBurst(pluginId: string, from: number, to: number, perMinute: number, level: EventInput['level'], message: (i: number) => string): EventInput[] {
  const out: EventInput[] = [];
  let i = 0;
  for (let t = from; t < to; t += STEP / perMinute) out.push({ pluginId, timestamp: Math.round(t), kind: 'log', level, message: message(i++) });
  return out;
}

/** Ramps from 0 to 1 over `rampMs` after `start` (0 before). */
export const ramp = (t: number, start: number, rampMs: number) => (t < start ? 0 : Math.min(1, (t - start) / rampMs));
