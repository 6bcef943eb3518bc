import { describe, expect, it } from 'vitest';
import { detectAnomalies, scoreSeries } from './index';
import { burstyCounts } from './testing/bursty-counts';

// Two weeks of 5-minute bursty counts (negative binomial around a daily cycle).
const DAYS = 14;
const N = DAYS * 288;
const config = { metrics: ['throughput' as const], algorithm: 'hybrid' as const, timeWindow: 2 * 86400, confidenceThreshold: 80 };

describe('hybrid on bursty count series', () => {
  it('raises at most 2 anomalies a day on clean bursty counts once it has learned a day', () => {
    for (const seed of [1, 2, 3]) {
      const points = burstyCounts({ points: N, seed });
      const anomalies = detectAnomalies('throughput', points, config).filter((a) => a.start >= points[288].timestamp);
      expect(anomalies.length).toBeLessThanOrEqual(2 * (DAYS - 1));
    }
  });

  it.each([
    ['a level shift to 3×', { shifts: [{ at: 10 * 288 + 100, factor: 3 }] }],
    ['a 30-minute burst of 8×', { spikes: [{ at: 10 * 288 + 100, factor: 8, length: 6 }] }],
    ['an outage (rate × 0.05)', { shifts: [{ at: 10 * 288 + 100, factor: 0.05 }] }],
  ])('flags %s within half an hour', (_, inject) => {
    const points = burstyCounts({ points: N, seed: 4, ...inject });
    const scores = scoreSeries(points, config, { metric: 'throughput' });
    const at = 10 * 288 + 100;
    expect(Math.max(...scores.slice(at, at + 6))).toBeGreaterThanOrEqual(0.8);
  });
});
