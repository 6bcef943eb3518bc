// caching: response time that rises with load while the plugin's cache is off or small. The
// cache setting is the plugin's own runtime config, known from its config-change events
// (`cache.enabled`, `cache.ttlSeconds`); load and response time are hourly means since then.
import { confidenceFrom, priorityFrom } from '../grade';
import { pearson } from '@/lib/aiops/rca/series-math';
import { mean } from '../stats';
import type { MinuteSeries, PluginFacts, Suggestion } from '../types';

/** A cache that keeps entries less than this long barely helps. */
export const SMALL_TTL_SECONDS = 60;
export const MIN_CORRELATION = 0.6;
/** Response time at the busiest quarter of hours over the quietest quarter. */
export const MIN_SLOWDOWN = 1.3;
const MIN_HOURS = 6;

function hourly(s: MinuteSeries, since: number): Map<number, number> {
  const sums = new Map<number, { sum: number; n: number }>();
  s.t.forEach((t, i) => {
    if (t < since) return;
    const h = Math.floor(t / 3_600_000);
    const e = sums.get(h) ?? { sum: 0, n: 0 };
    e.sum += s.mean[i];
    e.n++;
    sums.set(h, e);
  });
  return new Map([...sums].filter(([, e]) => e.n >= 30).map(([h, e]) => [h, e.sum / e.n]));
}

function cacheState(f: PluginFacts): { state: 'off' | 'small'; since: number; detail: string } | null {
  const enabled = f.runtimeConfig['cache.enabled'];
  if (enabled && enabled.value === false) return { state: 'off', since: enabled.since, detail: 'cache.enabled = false' };
  const ttl = f.runtimeConfig['cache.ttlSeconds'];
  if (ttl && typeof ttl.value === 'number' && ttl.value < SMALL_TTL_SECONDS) {
    return { state: 'small', since: Math.max(ttl.since, enabled?.since ?? 0), detail: `cache.ttlSeconds = ${ttl.value}` };
  }
  return null;
}

export function cachingRule(f: PluginFacts): Suggestion[] {
  const cache = cacheState(f);
  const rt = f.metrics['response-time'];
  const load = f.metrics.throughput;
  if (!cache || !rt || !load) return [];
  const rtH = hourly(rt, cache.since);
  const loadH = hourly(load, cache.since);
  const hours = [...rtH.keys()].filter((h) => loadH.has(h)).sort((a, b) => loadH.get(a)! - loadH.get(b)!);
  if (hours.length < MIN_HOURS) return [];
  const r = pearson(
    hours.map((h) => loadH.get(h)!),
    hours.map((h) => rtH.get(h)!),
  );
  const q = Math.max(1, Math.floor(hours.length / 4));
  const quiet = mean(hours.slice(0, q).map((h) => rtH.get(h)!));
  const busy = mean(hours.slice(-q).map((h) => rtH.get(h)!));
  const slowdown = busy / quiet;
  if (!(r >= MIN_CORRELATION) || !(slowdown >= MIN_SLOWDOWN)) return [];
  const gain = Math.round(Math.min(60, (1 - 1 / slowdown) * 100 * 0.6));
  return [
    {
      evidenceKey: `caching:${cache.state}:${cache.since}`,
      change: null,
      evidence: {
        summary: `Response time climbs with load (correlation ${r.toFixed(2)}) while the cache is ${cache.state === 'off' ? 'off' : 'small'}.`,
        facts: [
          { label: 'Cache', value: `${cache.detail} since ${new Date(cache.since).toISOString()}` },
          { label: 'Response time, quietest quarter of hours', value: `${quiet.toFixed(0)} ms` },
          { label: 'Response time, busiest quarter of hours', value: `${busy.toFixed(0)} ms (×${slowdown.toFixed(2)})` },
          { label: 'Load vs response time (hourly, Pearson)', value: r.toFixed(2) },
          { label: 'Hours compared', value: String(hours.length) },
        ],
        window: { from: cache.since, to: f.now },
      },
      record: {
        type: 'caching',
        description:
          cache.state === 'off'
            ? `Turn the plugin's cache back on: response time rises ×${slowdown.toFixed(1)} from quiet to busy hours without it`
            : `Keep cache entries longer than ${SMALL_TTL_SECONDS} s: response time rises ×${slowdown.toFixed(1)} with load`,
        expectedImpact: { performanceGain: gain, resourceSavings: { cpu: Math.round(gain / 3) } },
        difficulty: 'easy',
        steps: [
          cache.state === 'off' ? 'Set cache.enabled to true in the plugin\'s runtime configuration' : 'Raise cache.ttlSeconds to 300 in the plugin\'s runtime configuration',
          'Roll it out to one instance first and compare its response time at the next busy hour',
          'Roll it out to the rest once the hit ratio is above 50 %',
        ],
        risks: ['Cached answers can be stale for up to the time-to-live', 'The cache takes memory: check the heap has room'],
        confidence: confidenceFrom(Math.round(60 + 30 * Math.min(1, (r - MIN_CORRELATION) / 0.3)), hours.length / 24),
        priority: priorityFrom(Math.min(1, (slowdown - 1) / 1.5)),
      },
    },
  ];
}
