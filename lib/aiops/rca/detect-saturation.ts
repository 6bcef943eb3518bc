// Metrics step, part 3: capacity exhaustion. Demand beyond what the instances can serve shows as
// CPU pinned near 100 %, a queue that grows by orders of magnitude, and throughput that rose and
// then flattens at a ceiling. Strength: 0.4 × CPU (share of the incident's minutes at ≥ 90 %)
// + 0.4 × queue (growth factor on a log scale, 100× = full) + 0.2 × throughput (rise ≥ 50 % = full).
import type { Finding, MinuteSeries } from './types';
import { HOUR, MINUTE, clamp01, excerpt, median, valuesIn } from './series-math';
import { formatMetric } from './format';

export function detectSaturation(metrics: Map<string, MinuteSeries>, start: number, end: number): Finding | null {
  const baseFrom = start - 2 * HOUR;
  const baseTo = start - 15 * MINUTE;
  const from = start - 10 * MINUTE;
  const cpu = metrics.get('cpu-usage');
  const queue = metrics.get('queue-depth');
  const thr = metrics.get('throughput');

  let cpuScore = 0;
  let cpuFrac = 0;
  if (cpu) {
    const inc = valuesIn(cpu, from, end);
    const base = median(valuesIn(cpu, baseFrom, baseTo));
    cpuFrac = inc.length ? inc.filter((v) => v >= 90).length / inc.length : 0;
    if (!(base >= 80)) cpuScore = clamp01(cpuFrac / 0.5);
  }
  let queueScore = 0;
  let queueMax = 0;
  let queueBase = 0;
  if (queue) {
    queueMax = Math.max(0, ...valuesIn(queue, from, end));
    queueBase = median(valuesIn(queue, baseFrom, baseTo)) || 0;
    if (queueMax >= 50) queueScore = clamp01(Math.log10((queueMax + 1) / (queueBase + 1)) / 2);
  }
  let thrScore = 0;
  let thrRatio = 1;
  if (thr) {
    const base = median(valuesIn(thr, baseFrom, baseTo));
    const inc = median(valuesIn(thr, start, end));
    thrRatio = base > 0 ? inc / base : 1;
    thrScore = clamp01((thrRatio - 1.1) / 0.4);
  }
  if (cpuScore < 0.5 && queueScore < 0.5) return null;
  const strength = 0.4 * cpuScore + 0.4 * queueScore + 0.2 * thrScore;
  const evidence: Finding['evidence'] = [];
  const chart = (metric: string, s: MinuteSeries) => ({ kind: 'metric' as const, metric, points: excerpt(s, baseTo, end) });
  if (queue && queueScore > 0)
    evidence.push({ type: 'metric', content: `queue-depth grew from about ${formatMetric('queue-depth', queueBase)} to ${formatMetric('queue-depth', queueMax)}`, timestamp: new Date(start).toISOString(), detail: chart('queue-depth', queue) });
  if (cpu && cpuScore > 0)
    evidence.push({ type: 'metric', content: `cpu-usage was at or above 90 % for ${Math.round(cpuFrac * 100)} % of the incident`, timestamp: new Date(start).toISOString(), detail: chart('cpu-usage', cpu) });
  if (thr && thrScore > 0)
    evidence.push({ type: 'metric', content: `throughput rose to ${thrRatio.toFixed(1)}× its level before the incident and flattened at what the instances can serve`, timestamp: new Date(start).toISOString(), detail: chart('throughput', thr) });
  return {
    key: 'saturation',
    category: 'resource-exhaustion',
    at: start,
    strength,
    description: `Capacity was exhausted: demand exceeded what the running instances could serve${thrScore > 0 ? ` (throughput up ${thrRatio.toFixed(1)}×)` : ''}, so ${
      queueScore > 0 ? 'work queued up' : 'CPU saturated'
    } and requests slowed or were rejected.`,
    evidence,
    recommendations: [
      'Scale out to absorb the load (self-healing action: scale)',
      'Add an auto-scaling policy on queue-depth or cpu-usage so capacity follows demand',
      'Throttle or schedule bulk work (imports, re-indexing) away from peak hours',
    ],
  };
}
