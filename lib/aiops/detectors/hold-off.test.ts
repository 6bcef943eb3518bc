import { describe, expect, it } from 'vitest';
import { createDetector, fromState, type DetectorAlgorithm, type MetricPoint } from './index';
import { MAX_HOLD_OFF_MINUTES, holdOffPoints } from './base';

// Three days of 1-minute data: a daily cycle plus seeded noise.
const MINUTE = 60_000;
function minuteSeries(n = 3 * 1440, seed = 5): MetricPoint[] {
  let s = seed;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  const out: MetricPoint[] = [];
  for (let i = 0; i < n; i++) {
    const noise = Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
    out.push({ timestamp: Date.UTC(2024, 0, 1) + i * MINUTE, value: 100 + 10 * Math.sin((2 * Math.PI * i) / 1440) + noise });
  }
  return out;
}

const TWO_DAYS = 2 * 86400;
const FIRST = 2 * 1440 + 300;

/** Scores the series with a first fault at FIRST and a second `gap` minutes after the first alert. */
function secondFault(algorithm: DetectorAlgorithm, gap: number, level = 0.8) {
  const points = minuteSeries();
  const d = createDetector({ metrics: ['latency'], algorithm, timeWindow: TWO_DAYS, confidenceThreshold: 80 });
  let alert = -1;
  let second = -1;
  let secondScore = 0;
  points.forEach((p, i) => {
    let value = p.value;
    if (i >= FIRST && i < FIRST + 3) value += 60;
    if (second >= 0 && i >= second && i < second + 3) value -= 60;
    const score = d.update({ timestamp: p.timestamp, value }).score;
    if (alert < 0 && i >= FIRST && score >= level) {
      alert = i;
      second = i + gap;
    }
    if (second >= 0 && i >= second && i < second + 3) secondScore = Math.max(secondScore, score);
  });
  return { alert, secondScore };
}

describe('hold-off after an alert', () => {
  it('is bounded in minutes whatever the window: 10 minutes at 1-minute data, fewer points at coarser data', () => {
    expect(MAX_HOLD_OFF_MINUTES).toBe(10);
    expect(holdOffPoints(2160, 60)).toBe(10);
    expect(holdOffPoints(2160, 300)).toBe(2);
    expect(holdOffPoints(4, 60)).toBe(4);
    expect(holdOffPoints(100, 3600)).toBe(0);
  });

  // The level at which each detector's hold-off starts (the heuristic's votes start it at 0.6).
  it.each<[DetectorAlgorithm, number]>([
    ['hybrid', 0.8],
    ['heuristic', 0.6],
    ['machine-learning', 0.8],
  ])('%s: with a 2-day timeWindow and 1-minute data, a second fault 20 minutes after an alert is flagged', (algorithm, level) => {
    const { alert, secondScore } = secondFault(algorithm, 20, level);
    expect(alert).toBeGreaterThanOrEqual(FIRST);
    expect(secondScore).toBeGreaterThanOrEqual(level);
  });

  it('hybrid: a fault inside the hold-off is damped, one just past it is flagged', () => {
    expect(secondFault('hybrid', 2).secondScore).toBeLessThan(0.8);
    expect(secondFault('hybrid', MAX_HOLD_OFF_MINUTES + 1).secondScore).toBeGreaterThanOrEqual(0.8);
  });
});

describe('hold-off in a saved state', () => {
  it('a hybrid state saved before the bound (a hold of 0.75 W points, no end time) does not mute the metric', () => {
    const points = minuteSeries();
    const d = createDetector({ metrics: ['latency'], algorithm: 'hybrid', timeWindow: TWO_DAYS });
    for (const p of points.slice(0, FIRST)) d.update(p);
    const state = d.getState() as { data: { core: Record<string, unknown> } };
    state.data.core.hold = 2160;
    state.data.core.holdLength = 2160;
    delete state.data.core.holdUntil;
    const restored = fromState(JSON.parse(JSON.stringify(state)));
    const p = points[FIRST];
    expect(restored.update({ timestamp: p.timestamp, value: p.value + 60 }).score).toBeGreaterThanOrEqual(0.8);
  });
});
