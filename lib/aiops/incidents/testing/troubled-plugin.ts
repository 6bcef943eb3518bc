// Test helper: a registered plugin with an hour of one-minute health reports (bad from
// `badFrom` until `goodFrom`, declaring `reportDeps` as its dependencies with the same status), throughput
// points, and two anomalies right after it went bad: enough for the grouping rule to open an
// incident. `dependsOn` is what an operator declared in the plugin's settings.
import { expect } from 'vitest';
import { call } from '../../../testing/http';
import { getDb } from '../../../db/client';
import { anomaly } from '../../../db/schema';
import { systemActor } from '../../../auth/actor';
import { createPlugin } from '../../../plugins/create-plugin';
import * as healthRoute from '@/app/api/v1/health/route';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as listRoute from '@/app/api/v1/incidents/route';

const MIN = 60_000;

export interface TroubledPlugin {
  token: string;
  id: string;
  from: number;
  badFrom: number;
  /** Healthy again from here (default: bad to the end of the hour). */
  goodFrom?: number;
  reportDeps?: { pluginId: string; status?: 'healthy' | 'degraded' | 'unhealthy' | 'failed' }[];
  dependsOn?: string[];
}

export async function troubledPlugin({ token, id, from, badFrom, goodFrom = Number.POSITIVE_INFINITY, reportDeps = [], dependsOn }: TroubledPlugin) {
  const bad = (ts: number) => ts >= badFrom && ts < goodFrom;
  const db = await getDb();
  await createPlugin(db, systemActor(), { id, name: id, dependsOn });
  const reports = Array.from({ length: 61 }, (_, i) => from + i * MIN).map((ts) => ({
    pluginId: id,
    report: {
      status: bad(ts) ? 'unhealthy' : 'healthy',
      timestamp: new Date(ts).toISOString(),
      dependencies: reportDeps.map((d) => ({ pluginId: d.pluginId, status: bad(ts) ? (d.status ?? 'unhealthy') : 'healthy' })),
    },
  }));
  expect((await call(healthRoute.POST, { method: 'POST', token, body: { reports } })).status).toBe(200);
  const points = Array.from({ length: 61 }, (_, i) => ({ pluginId: id, metric: 'throughput', timestamp: from + i * MIN, value: 100 }));
  expect((await call(metricsRoute.POST, { method: 'POST', token, body: { points } })).status).toBe(200);
  for (const [k, metric] of ['error-rate', 'latency'].entries()) {
    const t = badFrom + (k + 1) * MIN;
    await db.insert(anomaly).values({ pluginId: id, metric, startedAt: new Date(t), endedAt: new Date(t + 30_000), peakAt: new Date(t), score: 92, peakValue: 9, expected: 1, lower: 0, upper: 2, type: 'level-shift' });
  }
}

/** The newest incident of a plugin in the last day, as the incident list shows it to `viewer`. */
export async function incidentOf(viewer: string, pluginId: string) {
  const list = await call(listRoute.GET, { cookie: viewer, path: `/api/v1/incidents?from=now-1d&plugin=${pluginId}` });
  return list.body.incidents[0] as { id: number; pluginId: string; status: string; openedLate: boolean; mergedInto: number | null };
}
