// configuration-tuning of an auto-scaling policy: when the policy, replayed over the last days,
// scales up at the same hour day after day, the load is predictable and predictive scaling
// (or a longer look-ahead) would add the instances before the rise instead of after it.
import { policyMetric, replayAutoScaling } from '@/lib/aiops/autoscaling';
import { confidenceFrom, priorityFrom } from '../grade';
import type { PluginFacts, Suggestion } from '../types';

/** Scale-ups within the same UTC hour on at least this many days… */
export const MIN_DAYS = 3;
/** …and on at least this share of the days with data. */
export const MIN_DAY_SHARE = 0.5;
const MAX_LOOK_AHEAD = 3600;

export function scaleHoursRule(f: PluginFacts): Suggestion[] {
  const policies = f.aiops.body.autoScaling ?? [];
  const out: Suggestion[] = [];
  policies.forEach((policy, index) => {
    if (!policy.enabled) return;
    const target = policyMetric(policy, Object.keys(f.metrics));
    const series = target.metric ? f.metrics[target.metric] : undefined;
    if (!series || series.t.length < 1440) return;
    // Minute means: stabilization windows are honoured to the minute.
    const replay = replayAutoScaling(
      policy,
      series.t.map((t, i) => ({ timestamp: t, value: series.mean[i] })),
    );
    const daysWithData = new Set(series.t.map((t) => Math.floor(t / 86_400_000))).size;
    const byHour = new Map<number, Set<number>>();
    for (const e of replay.events) {
      if (e.direction !== 'up') continue;
      const hour = new Date(e.t).getUTCHours();
      const days = byHour.get(hour) ?? new Set<number>();
      days.add(Math.floor(e.t / 86_400_000));
      byHour.set(hour, days);
    }
    const hours = [...byHour].filter(([, d]) => d.size >= MIN_DAYS && d.size / daysWithData >= MIN_DAY_SHARE).map(([h]) => h).sort((a, b) => a - b);
    if (hours.length === 0) return;
    const predictive = policy.predictive;
    if (predictive?.enabled && predictive.lookAhead >= MAX_LOOK_AHEAD) return;
    const lookAhead = predictive?.enabled
      ? Math.min(MAX_LOOK_AHEAD, predictive.lookAhead * 2)
      : Math.max(600, policy.scaleUp.stabilizationWindow + 300);
    const after = { enabled: true, lookAhead, confidence: predictive?.confidence ?? 70 };
    const share = Math.max(...hours.map((h) => byHour.get(h)!.size)) / daysWithData;
    const label = hours.map((h) => `${String(h).padStart(2, '0')}:00`).join(', ');
    out.push({
      evidenceKey: `scale-hours:${index}:${policy.metric}:${hours.join(',')}:${predictive?.enabled ? predictive.lookAhead : 'off'}`,
      change: { documentKind: 'aiops', basedOnVersion: f.aiops.version, set: [{ path: ['autoScaling', index, 'predictive'], before: predictive, after }] },
      evidence: {
        summary: `Replayed over ${daysWithData} days, auto-scaling policy ${index + 1} (${policy.metric}) scales up around ${label} UTC on most days.`,
        facts: [
          ...hours.map((h) => ({ label: `Days with a scale-up at ${String(h).padStart(2, '0')}:00 UTC`, value: `${byHour.get(h)!.size} of ${daysWithData}` })),
          { label: 'Scale-ups in the replay', value: String(replay.summary.scaleUps) },
          { label: 'Predictive scaling', value: predictive?.enabled ? `on, looking ${predictive.lookAhead} s ahead` : 'off' },
        ],
        window: { from: series.t[0], to: series.t[series.t.length - 1] + 60_000 },
      },
      record: {
        type: 'configuration-tuning',
        description: predictive?.enabled
          ? `Look further ahead (${lookAhead} s) in auto-scaling policy ${index + 1}: it still scales up after the daily rise at ${label} UTC`
          : `Turn on predictive scaling in auto-scaling policy ${index + 1}: it scales up at ${label} UTC day after day`,
        expectedImpact: { performanceGain: Math.round(10 + 15 * share) },
        difficulty: 'easy',
        steps: [
          `Set autoScaling[${index}].predictive to enabled, lookAhead ${lookAhead} s, confidence ${after.confidence} %`,
          'Preview the policy on the AIOps page: scale-ups should move before the rise',
          'Save, and compare response time at the next rise',
        ],
        risks: ['On a day that breaks the pattern (a holiday) instances are added for nothing until scale-down', 'Forecasts act only above the confidence threshold: too high a threshold keeps them idle'],
        confidence: confidenceFrom(Math.round(55 + 40 * share), daysWithData),
        priority: priorityFrom(0.25 + 0.4 * share),
      },
    });
  });
  return out;
}
