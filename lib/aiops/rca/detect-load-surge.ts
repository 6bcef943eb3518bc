// Metrics step, part 4: a load surge. Throughput at least twice its level before the incident
// while latency (or response time) rose, and no change shortly before: more demand, not a change,
// slowed the plugin. Strength: 0.45 + 0.25 × surge (2× = half, 2.5× = full) + 0.25 × slowdown
// (1.3× = a third, 1.7× = full), halved when a change came shortly before (the change then
// explains the traffic, e.g. a client retry storm after a deploy). Filed as resource exhaustion
// (the protocol's nearest category), shown as a load surge, with a scaling suggestion that
// follows the plugin's auto-scaling policy when it has one.
import type { Finding, MinuteSeries, Scaling } from './types';
import { HOUR, MINUTE, clamp01, excerpt, median, valuesIn } from './series-math';

export const SURGE_RATIO = 2;
export const SLOWDOWN_RATIO = 1.3;

function ratio(s: MinuteSeries | undefined, baseFrom: number, baseTo: number, start: number, end: number): number {
  if (!s) return 0;
  const base = median(valuesIn(s, baseFrom, baseTo));
  const now = median(valuesIn(s, start, end));
  return base > 0 && Number.isFinite(now) ? now / base : 0;
}

function scalingAdvice(scaling: Scaling[]): string {
  const on = scaling.find((p) => p.enabled);
  if (on) return `Auto-scaling is configured (on ${on.metric}, up to ${on.maxInstances} instances): check whether it reached maxInstances or reacted too slowly, and raise maxInstances or lower the target for surges like this one (self-healing action: scale)`;
  if (scaling.length) return 'An auto-scaling policy exists but is disabled: enable it so capacity follows demand; scale out now (self-healing action: scale)';
  return 'Scale out now (self-healing action: scale), and add an auto-scaling policy on throughput or cpu-usage so capacity follows demand';
}

export function detectLoadSurge(metrics: Map<string, MinuteSeries>, start: number, end: number, changedBefore: boolean, scaling: Scaling[] = []): Finding | null {
  const baseFrom = start - 2 * HOUR;
  const baseTo = start - 15 * MINUTE;
  const thr = metrics.get('throughput');
  const surge = ratio(thr, baseFrom, baseTo, start, end);
  const slowMetric = ['latency', 'response-time'].map((m) => ({ m, r: ratio(metrics.get(m), baseFrom, baseTo, start, end) })).sort((a, b) => b.r - a.r)[0];
  if (!thr || surge < SURGE_RATIO || slowMetric.r < SLOWDOWN_RATIO) return null;
  const strength = (0.45 + 0.25 * clamp01((surge - 1.5) / 1) + 0.25 * clamp01((slowMetric.r - 1.1) / 0.6)) * (changedBefore ? 0.5 : 1);
  return {
    key: 'load-surge',
    category: 'resource-exhaustion',
    cause: 'load-surge',
    at: start,
    strength,
    description: `A load surge: throughput rose to ${surge.toFixed(1)}× its level before the incident and ${slowMetric.m} to ${slowMetric.r.toFixed(1)}×${
      changedBefore ? '' : ', with no change shortly before'
    }. The plugin had more work than its instances could serve quickly.`,
    evidence: [
      { type: 'metric', content: `throughput ${surge.toFixed(1)}× its level of the 2 hours before`, timestamp: new Date(start).toISOString(), detail: { kind: 'metric', metric: 'throughput', points: excerpt(thr, baseTo, end) } },
      {
        type: 'metric',
        content: `${slowMetric.m} ${slowMetric.r.toFixed(1)}× its level of the 2 hours before`,
        timestamp: new Date(start).toISOString(),
        detail: { kind: 'metric', metric: slowMetric.m, points: excerpt(metrics.get(slowMetric.m)!, baseTo, end) },
      },
    ],
    recommendations: [
      scalingAdvice(scaling),
      'Find where the extra traffic comes from (a campaign, a batch job, a client retrying in a loop) and rate-limit it if it is not wanted',
      'Alert on throughput against its usual level so a surge is seen before latency suffers',
    ],
  };
}
