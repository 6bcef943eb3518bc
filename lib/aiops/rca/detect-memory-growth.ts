// Metrics step, part 2: memory climbing toward the sandbox's limit (memory.maxHeap, or
// runtime.resourceLimits.maxMemory) is resource exhaustion. Strength: how steady and large the
// climb is (least-squares over 10-minute means of up to 6 h before the peak) and how close to
// the limit it got; a climb that also happened at the same time yesterday is a daily cycle and
// counts for little.
import type { Finding, Limits, MinuteSeries } from './types';
import { HOUR, MINUTE, bucketMeans, clamp01, excerpt, lineFit } from './series-math';
import { formatBytes, formatDuration } from './format';

const LOOKBACK = 6 * HOUR;
const DAY = 24 * HOUR;

function climb(s: MinuteSeries, from: number, to: number) {
  const pts = bucketMeans(s, from, to, 10 * MINUTE);
  if (pts.length < 6) return null;
  const fit = lineFit(pts.map(([t]) => (t - from) / HOUR), pts.map(([, v]) => v));
  return { fit, pts, rise: fit.slope * ((pts[pts.length - 1][0] - pts[0][0]) / HOUR) };
}

export function detectMemoryGrowth(memory: MinuteSeries | undefined, limits: Limits, start: number, end: number): Finding | null {
  const limit = limits.maxHeap ?? limits.maxMemory;
  if (!memory || !limit) return null;
  // The peak, not the end: an incident that ended with a restart ends with memory low again.
  const smooth = bucketMeans(memory, start - LOOKBACK, end, 10 * MINUTE);
  if (smooth.length < 6) return null;
  const [peakAt, peak] = smooth.reduce((best, p) => (p[1] > best[1] ? p : best));
  const from = Math.max(start - LOOKBACK, smooth[0][0]);
  const now = climb(memory, from, peakAt + 10 * MINUTE);
  if (!now || now.fit.slope <= 0) return null;
  const growth = clamp01(now.rise / limit / 0.15) * clamp01((now.fit.r2 - 0.3) / 0.5);
  if (growth < 0.2) return null;
  const fill = clamp01((peak / limit - 0.6) / 0.3);
  const before = climb(memory, from - DAY, peakAt + 10 * MINUTE - DAY);
  const cyclic = before && before.fit.slope >= 0.5 * now.fit.slope;
  const strength = (0.55 * growth + 0.45 * fill) * (cyclic ? 0.3 : 1);
  const left = Math.max(0, limit - peak);
  const limitName = limits.maxHeap ? 'memory.maxHeap' : 'resourceLimits.maxMemory';
  const perHour = formatBytes(now.fit.slope);
  return {
    key: 'memory-growth',
    category: 'resource-exhaustion',
    at: from,
    strength,
    description: `Memory grew steadily by about ${perHour}/h and reached ${formatBytes(peak)}, ${Math.round((peak / limit) * 100)} % of the ${limitName} limit of ${formatBytes(limit)}${
      left > 0 ? `; at that rate the limit is ${formatDuration((left / now.fit.slope) * HOUR)} away` : ''
    }. Memory that only grows points to objects being retained (a leak).`,
    evidence: [
      {
        type: 'metric',
        content: `memory-usage rose ${formatBytes(now.rise)} in ${formatDuration(peakAt - from)} (${perHour}/h, fit R² ${now.fit.r2.toFixed(2)}), peaking at ${Math.round((peak / limit) * 100)} % of ${limitName}${cyclic ? '; a similar climb happened at the same time yesterday' : ''}`,
        timestamp: new Date(peakAt).toISOString(),
        detail: { kind: 'metric', metric: 'memory-usage', points: excerpt(memory, from - 30 * MINUTE, Math.max(end, peakAt + 30 * MINUTE)), limit },
      },
    ],
    recommendations: [
      'Restart the plugin to release the retained memory (self-healing action: restart)',
      'Take heap snapshots some minutes apart and compare them to find what keeps growing',
      `Raise ${limitName} only as a stopgap while the leak is found (self-healing action: adjust-config)`,
    ],
  };
}
