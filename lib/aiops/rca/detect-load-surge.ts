// Metrics step, part 4: a load surge. Throughput at least twice its usual level (the same hours a
// day earlier, else the hours before the incident)
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

const DAY = 24 * HOUR;

/**
 * The metric's usual level for [start, end]: the same window a day earlier when the history
 * covers at least half of it (traffic follows the clock, so the hours just before a surge can be
 * a daily low or high), else the hours just before the incident.
 */
function usualLevel(s: MinuteSeries, start: number, end: number): { level: number; basis: string } {
  const yesterday = valuesIn(s, start - DAY, end - DAY);
  if (yesterday.length >= (end - start) / MINUTE / 2) return { level: median(yesterday), basis: 'its level at the same hours a day earlier' };
  return { level: median(valuesIn(s, start - 2 * HOUR, start - 15 * MINUTE)), basis: 'its level of the 2 hours before' };
}

function ratio(s: MinuteSeries | undefined, start: number, end: number): { r: number; basis: string } {
  if (!s) return { r: 0, basis: '' };
  const { level, basis } = usualLevel(s, start, end);
  const now = median(valuesIn(s, start, end));
  return { r: level > 0 && Number.isFinite(now) ? now / level : 0, basis };
}

function scalingAdvice(scaling: Scaling[]): string {
  const on = scaling.find((p) => p.enabled);
  if (on) return `Auto-scaling is configured (on ${on.metric}, up to ${on.maxInstances} instances): check whether it reached maxInstances or reacted too slowly, and raise maxInstances or lower the target for surges like this one (self-healing action: scale)`;
  if (scaling.length) return 'An auto-scaling policy exists but is disabled: enable it so capacity follows demand; scale out now (self-healing action: scale)';
  return 'Scale out now (self-healing action: scale), and add an auto-scaling policy on throughput or cpu-usage so capacity follows demand';
}

/**
 * A surge of throughput with latency rising. What explains the surge weakens it as a cause of its
 * own: a change shortly before (× 0.5), an attack whose traffic it is (× 0.4, `attack`).
 */
export function detectLoadSurge(metrics: Map<string, MinuteSeries>, start: number, end: number, changedBefore: boolean, scaling: Scaling[] = [], attack = false): Finding | null {
  const thr = metrics.get('throughput');
  const { r: surge, basis } = ratio(thr, start, end);
  const slowMetric = ['latency', 'response-time'].map((m) => ({ m, ...ratio(metrics.get(m), start, end) })).sort((a, b) => b.r - a.r)[0];
  const excerptFrom = start - 15 * MINUTE;
  if (!thr || surge < SURGE_RATIO || slowMetric.r < SLOWDOWN_RATIO) return null;
  const strength = (0.45 + 0.25 * clamp01((surge - 1.5) / 1) + 0.25 * clamp01((slowMetric.r - 1.1) / 0.6)) * (changedBefore ? 0.5 : 1) * (attack ? 0.4 : 1);
  return {
    key: 'load-surge',
    category: 'resource-exhaustion',
    cause: 'load-surge',
    at: start,
    strength,
    description: `A load surge: throughput rose to ${surge.toFixed(1)}× its usual level at this hour and ${slowMetric.m} to ${slowMetric.r.toFixed(1)}×${
      changedBefore ? '' : ', with no change shortly before'
    }. The plugin had more work than its instances could serve quickly.${attack ? ' The extra traffic comes from the attack the security finding describes.' : ''}`,
    evidence: [
      { type: 'metric', content: `throughput ${surge.toFixed(1)}× ${basis}`, timestamp: new Date(start).toISOString(), detail: { kind: 'metric', metric: 'throughput', points: excerpt(thr, excerptFrom, end) } },
      {
        type: 'metric',
        content: `${slowMetric.m} ${slowMetric.r.toFixed(1)}× ${slowMetric.basis}`,
        timestamp: new Date(start).toISOString(),
        detail: { kind: 'metric', metric: slowMetric.m, points: excerpt(metrics.get(slowMetric.m)!, excerptFrom, end) },
      },
    ],
    recommendations: [
      scalingAdvice(scaling),
      'Find where the extra traffic comes from (a campaign, a batch job, a client retrying in a loop) and rate-limit it if it is not wanted',
      'Alert on throughput against its usual level so a surge is seen before latency suffers',
    ],
  };
}
