import { describe, expect, it } from 'vitest';
import { AutoScalingPolicySchema, type AutoScalingPolicyInput } from '@/schemas';
import { replayAutoScaling } from './replay';
import { policyMetric } from './policy-metric';

const STEP = 10_000;
const T0 = Date.UTC(2025, 0, 6);

function policy(over: Partial<AutoScalingPolicyInput> = {}) {
  return AutoScalingPolicySchema.parse({
    enabled: true,
    metric: 'cpu-usage',
    targetValue: 50,
    bounds: { minInstances: 1, maxInstances: 4 },
    scaleUp: { threshold: 70, stabilizationWindow: 60, cooldown: 300, stepSize: 1 },
    scaleDown: { threshold: 30, stabilizationWindow: 300, cooldown: 600, stepSize: 1 },
    ...over,
  });
}

/** One sample every 10 s; `value(i)` gives sample i. */
const series = (n: number, value: (i: number) => number) => Array.from({ length: n }, (_, i) => ({ timestamp: T0 + i * STEP, value: value(i) }));
const secondsOf = (t: number) => (t - T0) / 1000;

describe('replayAutoScaling', () => {
  it('scales up only once the threshold has held for the whole stabilization window', () => {
    // 6 samples = 50 s at/above 70: not enough for a 60 s window.
    const short = series(30, (i) => (i >= 10 && i < 16 ? 80 : 50));
    expect(replayAutoScaling(policy(), short).events).toEqual([]);
    // 7 samples = 60 s: scales on the seventh, exactly when the window is full.
    const exact = series(30, (i) => (i >= 10 && i < 17 ? 80 : 50));
    const r = replayAutoScaling(policy(), exact);
    expect(r.events.map((e) => [secondsOf(e.t), e.direction, e.from, e.to])).toEqual([[160, 'up', 1, 2]]);
    // The threshold itself counts as reached.
    expect(replayAutoScaling(policy(), series(30, (i) => (i >= 10 && i < 17 ? 70 : 50))).events).toHaveLength(1);
  });

  it('waits for the cooldown between steps, and needs a full window again after each step', () => {
    const r = replayAutoScaling(policy({ bounds: { minInstances: 1, maxInstances: 10 } }), series(100, () => 90));
    // Window full at 60 s; next step needs cooldown (300 s after 60 s) → 360 s, then 660 s, 960 s.
    expect(r.events.map((e) => secondsOf(e.t))).toEqual([60, 360, 660, 960]);
    // With a long window and a short cooldown, the window decides the spacing.
    const slow = replayAutoScaling(
      policy({ bounds: { minInstances: 1, maxInstances: 10 }, scaleUp: { threshold: 70, stabilizationWindow: 120, cooldown: 30, stepSize: 1 } }),
      series(40, () => 90),
    );
    expect(slow.events.map((e) => secondsOf(e.t))).toEqual([120, 240, 360]);
  });

  it('resets the window when the value dips below the threshold or the samples stop', () => {
    const dip = series(30, (i) => (i === 13 ? 60 : i >= 10 ? 80 : 50));
    // Up from 100 s, dip at 130 s, up again from 140 s → full window at 200 s.
    expect(replayAutoScaling(policy(), dip).events.map((e) => secondsOf(e.t))).toEqual([200]);
    const gappy = [...series(5, () => 80), ...series(5, () => 80).map((p) => ({ ...p, timestamp: p.timestamp + 3_600_000 }))];
    expect(replayAutoScaling(policy(), gappy).events).toEqual([]);
  });

  it('honours the bounds and step sizes, and reports time at max', () => {
    const p = policy({ bounds: { minInstances: 2, maxInstances: 8 }, scaleUp: { threshold: 70, stabilizationWindow: 0, cooldown: 0, stepSize: 3 } });
    const r = replayAutoScaling(p, series(10, () => 95));
    expect(r.events.map((e) => e.to)).toEqual([5, 8]);
    expect(r.instances[0]).toEqual([T0, 2]);
    expect(r.summary.peakInstances).toBe(8);
    // At max from the second sample on: 9 samples of 10 s.
    expect(r.summary.timeAtMaxMs).toBe(90_000);
    expect(r.summary.blockedAtMaxMs).toBe(80_000);
    // An initial count outside the bounds is clamped.
    expect(replayAutoScaling(p, series(3, () => 50), { initialInstances: 20 }).instances[0]).toEqual([T0, 8]);
  });

  it('scales down after its own window and cooldown, never below minInstances', () => {
    const p = policy({ bounds: { minInstances: 2, maxInstances: 6 } });
    const r = replayAutoScaling(p, series(200, () => 10), { initialInstances: 5 });
    // Window 300 s → first at 300 s; then cooldown 600 s → 900 s; then 1500 s would go below min? 5→4→3→2 needs three.
    expect(r.events.map((e) => [secondsOf(e.t), e.to])).toEqual([
      [300, 4],
      [900, 3],
      [1500, 2],
    ]);
    expect(r.summary.scaleDowns).toBe(3);
    const none = replayAutoScaling(p, series(200, () => 10));
    expect(none.events).toEqual([]);
  });

  it('lets samples before startAt warm up the scaler without reporting them', () => {
    const r = replayAutoScaling(policy(), series(60, (i) => (i < 20 ? 90 : 50)), { startAt: T0 + 30 * STEP });
    expect(r.events).toEqual([]);
    // The step taken during the warm-up is the count the reported range starts with.
    expect(r.instances[0]).toEqual([T0 + 30 * STEP, 2]);
    expect(r.summary.from).toBe(T0 + 30 * STEP);
  });

  it('sums instance-hours and events per day', () => {
    const r = replayAutoScaling(policy({ bounds: { minInstances: 2, maxInstances: 4 } }), series(360, () => 50));
    expect(r.summary.instanceHours).toBeCloseTo(2, 6);
    expect(r.summary.averageInstances).toBeCloseTo(2, 6);
    expect(r.summary.eventsPerDay).toBe(0);
    expect(r.summary.aboveTargetShare).toBe(0);
  });

  it('scales ahead of a daily ramp when predictive scaling is enabled', () => {
    // Two days: every day from 10:00 the value jumps to 90 for an hour, and idles at 20 otherwise.
    const day = 8640;
    const ramp = (i: number) => {
      const h = ((i % day) * STEP) / 3_600_000;
      return h >= 10 && h < 11 ? 90 : 20 + 2 * Math.sin(i / 30);
    };
    const points = series(2 * day, ramp);
    const reactive = replayAutoScaling(policy(), points);
    const predictive = replayAutoScaling(policy({ predictive: { enabled: true, lookAhead: 600, confidence: 60 } }), points);
    const firstUpDay2 = (r: typeof reactive) => r.events.find((e) => e.direction === 'up' && e.t >= T0 + 86_400_000)!;
    expect(firstUpDay2(predictive).reason).toBe('predictive');
    expect(firstUpDay2(predictive).t).toBeLessThan(firstUpDay2(reactive).t);
    expect(predictive.forecast?.value.length).toBe(points.length);
    expect(reactive.forecast).toBeUndefined();
  });
});

describe('policyMetric', () => {
  const stored = ['cpu-usage', 'throughput', 'queue-depth', 'cache.hit-ratio'];
  it('maps protocol metrics to stored series, request-rate to throughput', () => {
    expect(policyMetric({ metric: 'request-rate' }, stored)).toEqual({ metric: 'throughput' });
    expect(policyMetric({ metric: 'cpu-usage' }, stored)).toEqual({ metric: 'cpu-usage' });
    expect(policyMetric({ metric: 'memory-usage' }, stored).metric).toBeNull();
  });
  it('replays a custom metric only when its query names a stored series', () => {
    expect(policyMetric({ metric: 'custom', customMetric: 'cache.hit-ratio' }, stored)).toEqual({ metric: 'cache.hit-ratio' });
    expect(policyMetric({ metric: 'custom', customMetric: 'sum(rate(http_requests[5m]))' }, stored).reason).toMatch(/cannot be replayed/);
  });
});
