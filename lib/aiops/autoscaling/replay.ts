// Replays an AutoScalingPolicy over a metric's history with the same AutoScaler a live
// auto-scaler uses: the instance count over time, each scale-up and scale-down, and a summary.
// Open loop: the recorded values are used as they are, so the replay shows when the policy
// would have acted, not how the added instances would have changed the metric.
import type { MetricPoint } from '../detectors';
import { AutoScaler, type AutoScalerOptions, type ScalingEvent, type ScalingPolicyInput } from './auto-scaler';
import { forecastSeries, type ForecastSeries } from './forecast';

export interface ReplaySummary {
  from: number;
  to: number;
  days: number;
  scaleUps: number;
  scaleDowns: number;
  predictiveScaleUps: number;
  eventsPerDay: number;
  timeAtMaxMs: number;
  /** Time the scale-up condition held while already at maxInstances. */
  blockedAtMaxMs: number;
  instanceHours: number;
  averageInstances: number;
  peakInstances: number;
  /** Share (0..1) of the time the metric was above the policy's targetValue. */
  aboveTargetShare: number;
}

export interface ReplayResult {
  /** [t, instances] at the start and at every change. */
  instances: [number, number][];
  events: ScalingEvent[];
  summary: ReplaySummary;
  /** The forecast the policy acted on, when predictive scaling is enabled. */
  forecast?: ForecastSeries;
}

export type ReplayPolicy = ScalingPolicyInput & { targetValue: number };

export interface ReplayOptions extends AutoScalerOptions {
  /** Samples before this time only warm up the scaler and the forecast: no events, no summary. */
  startAt?: number;
}

function typicalInterval(points: ReadonlyArray<MetricPoint>): number {
  const d: number[] = [];
  for (let i = 1; i < Math.min(points.length, 50); i++) d.push(points[i].timestamp - points[i - 1].timestamp);
  d.sort((a, b) => a - b);
  return d.length ? d[d.length >> 1] : 10_000;
}

/** `points` must be in time order. */
export function replayAutoScaling(policy: ReplayPolicy, points: ReadonlyArray<MetricPoint>, options: ReplayOptions = {}): ReplayResult {
  const scaler = new AutoScaler(policy, options);
  const forecast = policy.predictive?.enabled
    ? forecastSeries(
        points.map((p) => p.timestamp),
        points.map((p) => p.value),
        policy.predictive.lookAhead * 1000,
      )
    : undefined;
  const interval = typicalInterval(points);
  const instances: [number, number][] = [];
  const events: ScalingEvent[] = [];
  let timeAtMax = 0;
  let blocked = 0;
  let instanceMs = 0;
  let aboveTarget = 0;
  const startAt = options.startAt ?? -Infinity;
  let first = points.findIndex((p) => p.timestamp >= startAt);
  if (first < 0) first = points.length;
  let peak = 0;
  for (let i = 0; i < points.length; i++) {
    const { timestamp: t, value } = points[i];
    const e = scaler.step(t, value, forecast && { value: forecast.value[i], confidence: forecast.confidence[i] });
    if (i < first) continue;
    if (i === first) {
      instances.push([t, e ? e.from : scaler.instances]);
      peak = instances[0][1];
    }
    if (e) {
      events.push(e);
      instances.push([t, e.to]);
      peak = Math.max(peak, e.to);
    }
    // Each sample stands for the time until the next one, at the count decided on it.
    const dt = i + 1 < points.length ? points[i + 1].timestamp - t : interval;
    instanceMs += scaler.instances * dt;
    if (scaler.instances >= policy.bounds.maxInstances) timeAtMax += dt;
    if (scaler.blockedAtMax) blocked += dt;
    if (value > policy.targetValue) aboveTarget += dt;
  }
  const from = first < points.length ? points[first].timestamp : 0;
  const to = first < points.length ? points[points.length - 1].timestamp + interval : 0;
  if (first < points.length) instances.push([to, scaler.instances]);
  const span = Math.max(1, to - from);
  const days = span / 86_400_000;
  const ups = events.filter((e) => e.direction === 'up');
  return {
    instances,
    events,
    forecast,
    summary: {
      from,
      to,
      days,
      scaleUps: ups.length,
      scaleDowns: events.length - ups.length,
      predictiveScaleUps: ups.filter((e) => e.reason === 'predictive').length,
      eventsPerDay: events.length / Math.max(days, 1 / 24),
      timeAtMaxMs: timeAtMax,
      blockedAtMaxMs: blocked,
      instanceHours: instanceMs / 3_600_000,
      averageInstances: instanceMs / span,
      peakInstances: peak,
      aboveTargetShare: aboveTarget / span,
    },
  };
}
