import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { systemActor } from '../../auth/actor';
import { getDb } from '../../db/client';
import { createPlugin } from '../../plugins/create-plugin';
import { and, asc, eq, gt } from 'drizzle-orm';
import { metricPoint } from '../../db/schema';
import { ingestPoints } from '../ingest/ingest-metrics';
import { findSeriesId } from '../ingest/series-ids';
import { forgetRawSeries, rawSeries } from './raw-series';
import { warmPreviews } from './warm-previews';
import * as anomaliesRoute from '@/app/api/v1/plugins/[pluginId]/aiops/preview/anomalies/route';
import * as scalingRoute from '@/app/api/v1/plugins/[pluginId]/aiops/preview/autoscaling/route';

useTestDb();

const STEP = 10_000;
const now = Math.floor(Date.now() / STEP) * STEP;
const n = (30 * 3_600_000) / STEP;
const start = now - n * STEP;
const noise = (i: number) => {
  const x = Math.sin(i * 12.9898) * 43758.5453;
  return x - Math.floor(x) - 0.5;
};
// A daily-ish wave with noise and three spikes in the last day; CPU above 70 for 20 minutes.
const value = (i: number) => 40 + 10 * Math.sin(i / 500) + 3 * noise(i) + ([n - 3000, n - 2000, n - 700].includes(i) ? 40 : 0) + (i > n - 1000 && i < n - 880 ? 35 : 0);

describe('what-if previews', () => {
  let viewer: string;
  beforeAll(async () => {
    const db = await getDb();
    await createPlugin(db, systemActor(), { id: 'wi', name: 'wi' });
    for (let off = 0; off < n; off += 5000) {
      const pts = [];
      for (let i = off; i < Math.min(n, off + 5000); i++) pts.push({ pluginId: 'wi', metric: 'cpu-usage', ts: start + i * STEP, value: value(i) });
      await ingestPoints(db, pts);
    }
    viewer = (await userWithRole('viewer')).cookie;
  });

  const anomalies = (config: Record<string, unknown>) =>
    call(anomaliesRoute.POST, { method: 'POST', cookie: viewer, params: { pluginId: 'wi' }, body: { config: { metrics: ['cpu-usage'], ...config }, range: '24h', width: 300 } });

  it('runs the edited and the saved detection side by side, within the chart budget', async () => {
    const res = await anomalies({ sensitivity: 'high', confidenceThreshold: 50 });
    expect(res.status).toBe(200);
    const [m] = res.body.metrics;
    expect(m.metric).toBe('cpu-usage');
    expect(m.buckets.length).toBeLessThanOrEqual(300);
    expect(m.saved.watched).toBe(true);
    expect(m.draft.total).toBeGreaterThanOrEqual(m.saved.total);
    expect(res.body.periods).toHaveLength(24 + 1);
    expect(res.body.periods.reduce((s: number, p: { draft: number }) => s + p.draft, 0)).toBe(m.draft.total);
    // A stricter threshold flags fewer, without another detector pass.
    const strict = await anomalies({ sensitivity: 'high', confidenceThreshold: 99 });
    expect(strict.body.passes).toBe(0);
    expect(strict.body.metrics[0].draft.total).toBeLessThanOrEqual(m.draft.total);
  });

  it('rejects a draft that is not a valid AnomalyDetectionConfig', async () => {
    const res = await anomalies({ timeWindow: 5 });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('config.timeWindow');
  });

  it('replays auto-scaling policies, and says why one cannot be replayed', async () => {
    const policy = { enabled: true, metric: 'cpu-usage', targetValue: 50, bounds: { minInstances: 1, maxInstances: 3 }, scaleUp: { threshold: 70 }, scaleDown: { threshold: 30 } };
    const res = await call(scalingRoute.POST, {
      method: 'POST',
      cookie: viewer,
      params: { pluginId: 'wi' },
      body: { policies: [policy, { ...policy, metric: 'custom', customMetric: 'sum(rate(x[5m]))' }, { ...policy, scaleUp: {} }], range: '24h', width: 200 },
    });
    expect(res.status).toBe(200);
    const [ok, custom, invalid] = res.body.policies;
    expect(ok).toMatchObject({ ok: true, storedMetric: 'cpu-usage' });
    expect(ok.events[0]).toMatchObject({ direction: 'up', from: 1, to: 2 });
    expect(ok.summary.peakInstances).toBeGreaterThanOrEqual(2);
    expect(ok.buckets.length).toBeLessThanOrEqual(200);
    expect(custom).toMatchObject({ ok: true, storedMetric: null, reason: expect.stringMatching(/cannot be replayed/) });
    expect(invalid).toMatchObject({ ok: false, issues: [expect.objectContaining({ path: 'scaleUp.threshold' })] });
  });

  it('reads the raw history exactly (binary COPY on PGlite), and the page warms it before the first preview', async () => {
    const db = await getDb();
    forgetRawSeries(db);
    expect(await warmPreviews(db, 'wi', now)).toBe(1);
    const warmed = (await rawSeries(db, 'wi', 'cpu-usage', now))!;
    expect(warmed.fetchedAt).toBe(now);
    const id = (await findSeriesId(db, 'wi', 'cpu-usage'))!;
    const rows = await db.select().from(metricPoint).where(and(eq(metricPoint.seriesId, id), gt(metricPoint.ts, new Date(warmed.loadedFrom - 1)))).orderBy(asc(metricPoint.ts));
    expect(warmed.series.n).toBe(rows.length);
    expect(Array.from(warmed.series.t.subarray(0, warmed.series.n))).toEqual(rows.map((r) => r.ts.getTime()));
    expect(Array.from(warmed.series.v.subarray(0, warmed.series.n))).toEqual(rows.map((r) => r.value));
  });
});
