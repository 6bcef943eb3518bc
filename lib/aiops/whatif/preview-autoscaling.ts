// The auto-scaling what-if: each edited AutoScalingPolicy replayed (replayAutoScaling, the
// logic a live auto-scaler runs) over the history of the metric it scales on, sized for a chart.
import { AutoScalingPolicySchema, type AutoScalingPolicy } from '@/schemas';
import type { Db } from '../../db/client';
import { zodIssues, type IssueItem } from '../../errors';
import { getPlugin } from '../../plugins/get-plugin';
import { policyMetric, replayAutoScaling, type ReplaySummary, type ScalingEvent } from '../autoscaling';
import type { MetricPoint } from '../detectors';
import { downsample } from './downsample';
import type { AutoScalingPreviewRequest } from '@/schemas/whatif-api';
import { previewWindow } from './preview-window';
import { rawSeries, type RawSeries } from './raw-series';
import { storedMetrics } from './stored-metrics';

/** The replay starts this long before the range, so the forecast has yesterday to go on. */
const WARM_UP_MS = 24 * 3_600_000;
const MAX_EVENTS = 300;

export interface ScalingBucket {
  t: number;
  min: number;
  max: number;
  mean: number;
  /** Most instances running during the bucket. */
  instances: number;
  /** Mean forecast for the bucket's time (made lookAhead earlier), when predictive. */
  forecast: number | null;
}

export type PolicyPreview =
  | { index: number; ok: false; issues: IssueItem[] }
  | { index: number; ok: true; policy: AutoScalingPolicy; storedMetric: null; reason: string }
  | {
      index: number;
      ok: true;
      policy: AutoScalingPolicy;
      storedMetric: string;
      buckets: ScalingBucket[];
      events: ScalingEvent[];
      totalEvents: number;
      summary: ReplaySummary;
    };

export interface AutoScalingPreview {
  pluginId: string;
  from: number;
  to: number;
  bucketMs: number;
  policies: PolicyPreview[];
  computeMs: number;
}

function pointsOf(series: RawSeries, from: number, to: number): MetricPoint[] {
  const out: MetricPoint[] = [];
  for (let i = series.lowerBound(from); i < series.n && series.t[i] < to; i++) out.push({ timestamp: series.t[i], value: series.v[i] });
  return out;
}

function chartBuckets(series: RawSeries, from: number, to: number, bucketMs: number, replay: ReturnType<typeof replayAutoScaling>): ScalingBucket[] {
  const base = downsample(series, from, to, bucketMs);
  const steps = replay.instances;
  let s = 0;
  const fc = replay.forecast;
  let f = 0;
  return base.map((b) => {
    const end = b.t + bucketMs;
    // The count in force at the bucket's start, and any higher one set inside it.
    while (s + 1 < steps.length && steps[s + 1][0] <= b.t) s++;
    let most = steps[s]?.[1] ?? 0;
    for (let k = s + 1; k < steps.length && steps[k][0] < end; k++) most = Math.max(most, steps[k][1]);
    let forecast: number | null = null;
    if (fc) {
      while (f < fc.at.length && fc.at[f] < b.t) f++;
      let sum = 0;
      let n = 0;
      for (let k = f; k < fc.at.length && fc.at[k] < end; k++) {
        sum += fc.value[k];
        n++;
      }
      forecast = n ? sum / n : null;
    }
    return { ...b, instances: most, forecast };
  });
}

export async function previewAutoScaling(db: Db, pluginId: string, req: AutoScalingPreviewRequest, now = Date.now()): Promise<AutoScalingPreview> {
  const started = performance.now();
  await getPlugin(db, pluginId);
  const { from, to, bucketMs } = previewWindow(req, now);
  const stored = await storedMetrics(db, pluginId);
  const policies: PolicyPreview[] = [];
  for (const [index, input] of req.policies.entries()) {
    const parsed = AutoScalingPolicySchema.safeParse(input);
    if (!parsed.success) {
      policies.push({ index, ok: false, issues: zodIssues(parsed.error) });
      continue;
    }
    const policy = parsed.data;
    const target = policyMetric(policy, stored);
    const raw = target.metric ? await rawSeries(db, pluginId, target.metric, now) : null;
    if (!target.metric || !raw) {
      policies.push({ index, ok: true, policy, storedMetric: null, reason: target.reason ?? 'No data stored for this metric' });
      continue;
    }
    const replay = replayAutoScaling(policy, pointsOf(raw.series, from - WARM_UP_MS, to), { startAt: from });
    policies.push({
      index,
      ok: true,
      policy,
      storedMetric: target.metric,
      buckets: chartBuckets(raw.series, from, to, bucketMs, replay),
      events: replay.events.slice(0, MAX_EVENTS),
      totalEvents: replay.events.length,
      summary: replay.summary,
    });
  }
  return { pluginId, from, to, bucketMs, policies, computeMs: Math.round(performance.now() - started) };
}
