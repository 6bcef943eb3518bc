// The CPU-heavy half of the auto-scaling what-if: one policy replayed (replayAutoScaling, the
// logic a live auto-scaler runs) over the history the main thread read, sized for a chart. It
// runs on the worker pool (lib/workers), so a 7-day replay never holds the request thread.
import type { AutoScalingPolicy } from '@/schemas';
import { replayAutoScaling, type ReplaySummary, type ScalingEvent } from '../autoscaling';
import type { MetricPoint } from '../detectors';
import { downsample } from './downsample';
import { seriesOf, type RawSeries } from './series-buffer';

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

export interface ScalingReplayInput {
  policy: AutoScalingPolicy;
  from: number;
  to: number;
  bucketMs: number;
  t: Float64Array;
  v: Float64Array;
}

export interface ScalingReplay {
  buckets: ScalingBucket[];
  events: ScalingEvent[];
  totalEvents: number;
  summary: ReplaySummary;
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

export function replayScalingPreview({ policy, from, to, bucketMs, t, v }: ScalingReplayInput): ScalingReplay {
  const series = seriesOf(t, v);
  const replay = replayAutoScaling(policy, pointsOf(series, from - WARM_UP_MS, to), { startAt: from });
  return {
    buckets: chartBuckets(series, from, to, bucketMs, replay),
    events: replay.events.slice(0, MAX_EVENTS),
    totalEvents: replay.events.length,
    summary: replay.summary,
  };
}
