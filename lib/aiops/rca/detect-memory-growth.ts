// Metrics step, part 2: memory climbing toward the sandbox's limit (memory.maxHeap, or
// runtime.resourceLimits.maxMemory) is resource exhaustion. Strength: how steady and large the
// climb is (least-squares over 10-minute means of up to 6 h before the peak) and how close to
// the limit it got; a climb that also happened at the same time yesterday is a daily cycle and
// counts for little.
// A climb that starts at a deploy, with memory flat before it, is the release leaking: filed as
// a code defect and shown as the deploy (roll back first), also when no limit is configured
// (growth then measured against the level before the deploy).
import type { Finding, Limits, LoadedEvent, MinuteSeries } from './types';
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

/** The latest deploy after which memory climbed steadily, having been flat for hours before it. */
function leakingDeploy(memory: MinuteSeries, deploys: LoadedEvent[], from: number, peakAt: number) {
  for (const d of [...deploys].sort((a, b) => b.ts - a.ts)) {
    if (d.ts < from || d.ts > peakAt - HOUR) continue;
    const after = climb(memory, d.ts, peakAt + 10 * MINUTE);
    if (!after || after.fit.slope <= 0 || after.fit.r2 < 0.6) continue;
    const before = climb(memory, d.ts - 3 * HOUR, d.ts);
    if (before && before.fit.slope > 0.25 * after.fit.slope) continue;
    return { deploy: d, after, level: before ? before.fit.intercept + before.fit.slope * 3 : after.pts[0][1] };
  }
  return null;
}

export function detectMemoryGrowth(memory: MinuteSeries | undefined, limits: Limits, start: number, end: number, deploys: LoadedEvent[] = []): Finding | null {
  const limit = limits.maxHeap ?? limits.maxMemory;
  if (!memory) return null;
  // The peak, not the end: an incident that ended with a restart ends with memory low again.
  const smooth = bucketMeans(memory, start - LOOKBACK, end, 10 * MINUTE);
  if (smooth.length < 6) return null;
  const [peakAt, peak] = smooth.reduce((best, p) => (p[1] > best[1] ? p : best));
  const leak = leakingDeploy(memory, deploys, Math.max(start - LOOKBACK, smooth[0][0]), peakAt);
  if (!limit && !leak) return null;
  const from = leak ? leak.deploy.ts : Math.max(start - LOOKBACK, smooth[0][0]);
  const now = leak ? leak.after : climb(memory, from, peakAt + 10 * MINUTE);
  if (!now || now.fit.slope <= 0) return null;
  // Without a limit, a leak is measured against where memory was before the deploy.
  const scale = limit ?? Math.max(1, leak!.level) * 0.5;
  const growth = clamp01(now.rise / scale / 0.15) * clamp01((now.fit.r2 - 0.3) / 0.5);
  if (growth < 0.2) return null;
  const fill = limit ? clamp01((peak / limit - 0.6) / 0.3) : 0;
  const before = climb(memory, from - DAY, peakAt + 10 * MINUTE - DAY);
  const cyclic = before && before.fit.slope >= 0.5 * now.fit.slope;
  const perHour = formatBytes(now.fit.slope);
  const evidence = (text: string) => [
    {
      type: 'metric' as const,
      content: `memory-usage rose ${formatBytes(now.rise)} in ${formatDuration(peakAt - from)} (${perHour}/h, fit R² ${now.fit.r2.toFixed(2)})${text}${cyclic ? '; a similar climb happened at the same time yesterday' : ''}`,
      timestamp: new Date(peakAt).toISOString(),
      detail: { kind: 'metric' as const, metric: 'memory-usage', points: excerpt(memory, from - 30 * MINUTE, Math.max(end, peakAt + 30 * MINUTE)), ...(limit ? { limit } : {}) },
    },
  ];
  const limitName = limits.maxHeap ? 'memory.maxHeap' : 'resourceLimits.maxMemory';
  const ofLimit = limit ? `, ${Math.round((peak / limit) * 100)} % of the ${limitName} limit of ${formatBytes(limit)}` : '';
  const left = limit ? Math.max(0, limit - peak) : 0;
  const eta = left > 0 ? `; at that rate the limit is ${formatDuration((left / now.fit.slope) * HOUR)} away` : '';
  // A leak the deploy brought is worth more than growth alone: the timing ties it to one change.
  const strength = Math.min(1, (0.55 * growth + 0.45 * fill) * (cyclic ? 0.3 : 1) + (leak && !cyclic ? 0.25 : 0));
  if (leak) {
    return {
      key: 'memory-growth',
      category: 'code-defect',
      cause: 'deploy',
      at: leak.deploy.ts,
      strength,
      description: `Memory has grown steadily since a deploy (${leak.deploy.message}): about ${perHour}/h, from ${formatBytes(leak.level)} to ${formatBytes(peak)}${ofLimit}${eta}. It was flat before the deploy, so the new release retains memory (a leak).`,
      evidence: [
        ...evidence(`, flat in the 3 h before the deploy`),
        { type: 'event', content: `deploy: ${leak.deploy.message}`, timestamp: new Date(leak.deploy.ts).toISOString() },
      ],
      recommendations: [
        'Roll back the deploy (self-healing action: rollback)',
        'Restart the plugin to release the retained memory until the rollback is out (self-healing action: restart)',
        'Take heap snapshots some minutes apart on the new release and compare them to find what keeps growing',
      ],
    };
  }
  return {
    key: 'memory-growth',
    category: 'resource-exhaustion',
    at: from,
    strength,
    description: `Memory grew steadily by about ${perHour}/h and reached ${formatBytes(peak)}${ofLimit}${eta}. Memory that only grows points to objects being retained (a leak).`,
    evidence: evidence(limit ? `, peaking at ${Math.round((peak / limit) * 100)} % of ${limitName}` : ''),
    recommendations: [
      'Restart the plugin to release the retained memory (self-healing action: restart)',
      'Take heap snapshots some minutes apart and compare them to find what keeps growing',
      `Raise ${limitName} only as a stopgap while the leak is found (self-healing action: adjust-config)`,
    ],
  };
}
