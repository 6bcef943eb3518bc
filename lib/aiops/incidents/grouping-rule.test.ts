import { describe, expect, it } from 'vitest';
import { CLUSTER_GAP_MS, HEALTHY_FOR_MS, HealthLine, QUIET_MS, SOLO_BAD_REPORTS, SOLO_SCORE, clusters, qualifies, resolvedAt, type AnomalyLike } from './grouping-rule';
import { severityOf, symptomsOf, titleOf } from './describe-incident';

const MIN = 60_000;
let nextId = 1;
const a = (metric: string, at: number, score = 85, lengthMs = 0): AnomalyLike => ({ id: nextId++, metric, startedAt: at * MIN, endedAt: at * MIN + lengthMs, score });
const health = (...points: [number, string][]) => new HealthLine(points.map(([m, status]) => ({ ts: m * MIN, status })));
const every = (from: number, to: number, status: string, stepMin = 1): [number, string][] => Array.from({ length: (to - from) / stepMin + 1 }, (_, i) => [from + i * stepMin, status]);

describe('clusters', () => {
  it('chains anomalies that start within the gap of the previous end, and splits at a longer gap', () => {
    const list = [a('latency', 0), a('error-rate', 4), a('cpu-usage', 13), a('latency', 13 + CLUSTER_GAP_MS / MIN + 1)];
    expect(clusters(list).map((c) => c.length)).toEqual([3, 1]);
  });
  it('measures the gap from the end of a long anomaly, not its start', () => {
    expect(clusters([a('latency', 0, 85, 30 * MIN), a('error-rate', 35)]).map((c) => c.length)).toEqual([2]);
  });
});

describe('qualifies', () => {
  it('needs two different metrics and the plugin saying it is unhealthy around them', () => {
    const bad = health(...every(0, 30, 'healthy'), [12, 'degraded']);
    expect(qualifies([a('latency', 10), a('error-rate', 11)], bad)).toBe(true);
    expect(qualifies([a('latency', 10), a('latency', 11)], bad)).toBe(false);
    expect(qualifies([a('latency', 10), a('error-rate', 11)], health(...every(0, 30, 'healthy')))).toBe(false);
    // "recovering" is the plugin coming back, not a fault.
    expect(qualifies([a('latency', 10), a('error-rate', 11)], health(...every(0, 30, 'recovering')))).toBe(false);
  });
  it('looks 5 minutes around the cluster for the health report', () => {
    expect(qualifies([a('latency', 10), a('error-rate', 11)], health([16, 'unhealthy']))).toBe(true);
    expect(qualifies([a('latency', 10), a('error-rate', 11)], health([17, 'unhealthy'], [0, 'healthy']))).toBe(false);
  });
  it(`one metric alone: a score of ${SOLO_SCORE} and ${SOLO_BAD_REPORTS} bad reports around it, not less`, () => {
    const twice = health(...every(0, 30, 'healthy', 5), [11, 'degraded'], [14, 'unhealthy']);
    const once = health(...every(0, 30, 'healthy', 5), [11, 'degraded']);
    expect(qualifies([a('error-rate', 10, SOLO_SCORE)], twice)).toBe(true);
    expect(qualifies([a('error-rate', 10, SOLO_SCORE - 0.1)], twice)).toBe(false);
    expect(qualifies([a('error-rate', 10, 100)], once)).toBe(false);
    expect(qualifies([a('error-rate', 10, 100)], health(...every(0, 30, 'healthy')))).toBe(false);
    // The same window as for several metrics: bad reports 6 minutes after it do not count.
    expect(qualifies([a('error-rate', 10, 100)], health([16, 'degraded'], [17, 'degraded']))).toBe(false);
    expect(qualifies([a('error-rate', 10, 100), a('error-rate', 12, 80)], health([16, 'degraded'], [17, 'degraded']))).toBe(true);
  });
  it('for plugins without health reports, needs three metrics and a score of 95', () => {
    const silent = health();
    expect(qualifies([a('latency', 1), a('error-rate', 1), a('cpu-usage', 2, 96)], silent)).toBe(true);
    expect(qualifies([a('latency', 1), a('error-rate', 1), a('cpu-usage', 2, 90)], silent)).toBe(false);
    expect(qualifies([a('latency', 1), a('error-rate', 1, 99)], silent)).toBe(false);
  });
});

describe('resolvedAt', () => {
  it('waits for the quiet period after the last anomaly', () => {
    expect(resolvedAt(100 * MIN, 100 * MIN + QUIET_MS - 1, health())).toBeNull();
    expect(resolvedAt(100 * MIN, 200 * MIN, health())).toBe(100 * MIN + QUIET_MS);
  });
  it('also waits until health has been fine for a while', () => {
    const h = health(...every(100, 140, 'unhealthy'), ...every(141, 200, 'healthy'));
    expect(resolvedAt(100 * MIN, 145 * MIN, h)).toBeNull();
    expect(resolvedAt(100 * MIN, 200 * MIN, h)).toBe(140 * MIN + HEALTHY_FOR_MS);
  });
});

describe('describing an incident', () => {
  it('has one symptom per metric from its strongest anomaly, plus the worst health status', () => {
    const s = symptomsOf(
      [
        { metric: 'error-rate', type: 'level-shift', startedAt: 10 * MIN, score: 99, peakValue: 0.12, expected: 0.002 },
        { metric: 'error-rate', type: 'spike', startedAt: 12 * MIN, score: 85, peakValue: 0.02, expected: 0.002 },
        { metric: 'latency', type: 'level-shift', startedAt: 11 * MIN, score: 88, peakValue: 900, expected: 120 },
      ],
      [
        { ts: 11 * MIN, status: 'degraded' },
        { ts: 13 * MIN, status: 'unhealthy', message: 'orders-db unhealthy' },
      ],
    );
    expect(s.map((x) => [x.type, x.severity])).toEqual([
      ['error-rate level-shift', 'high'],
      ['latency level-shift', 'low'],
      ['health-status', 'high'],
    ]);
    expect(s[0].description).toMatch(/12\.0 % where about 0\.200 % was expected \(2 anomalies\)/);
    expect(severityOf(s)).toBe('high');
    expect(titleOf(s)).toBe('Unhealthy: orders-db unhealthy · error-rate, latency anomalous');
  });

  it('words times and sizes humanely ("1 min 43 s", "300 KiB"), never "103043 ms" or "0 MiB"', () => {
    const s = symptomsOf(
      [
        { metric: 'latency', type: 'spike', startedAt: 0, score: 90, peakValue: 103_043, expected: 140 },
        { metric: 'memory-usage', type: 'spike', startedAt: 0, score: 90, peakValue: 300 * 1024, expected: 100 * 1024 },
      ],
      [],
    );
    expect(s.map((x) => x.description)).toEqual(['latency spike: 1 min 43 s where about 140 ms was expected', 'memory-usage spike: 300 KiB where about 100 KiB was expected']);
  });
});
