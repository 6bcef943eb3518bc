// Deterministic synthetic metric series for tests: a daily sine plus seeded Gaussian noise,
// with an optional injected anomaly.
import type { MetricPoint } from '../types';

export type Injected = 'none' | 'spike' | 'dip' | 'level-shift' | 'flatline' | 'trend' | 'variance-change';

export const INTERVAL_MS = 300_000;
export const ANOMALY_AT = 1500;

export function syntheticSeries(kind: Injected, n = 2000, seed = 7): MetricPoint[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
  const out: MetricPoint[] = [];
  let flat = 0;
  for (let i = 0; i < n; i++) {
    let v = 50 + 10 * Math.sin((2 * Math.PI * i) / 288) + gauss();
    if (kind === 'spike' && i === ANOMALY_AT) v += 25;
    if (kind === 'dip' && i === ANOMALY_AT) v -= 25;
    if (kind === 'level-shift' && i >= ANOMALY_AT) v += 20;
    if (kind === 'trend' && i >= ANOMALY_AT) v += (i - ANOMALY_AT) * 0.5;
    if (kind === 'variance-change' && i >= ANOMALY_AT) v += 6 * gauss();
    if (kind === 'flatline' && i >= ANOMALY_AT) {
      if (i === ANOMALY_AT) flat = v;
      v = flat;
    }
    out.push({ timestamp: Date.UTC(2024, 0, 1) + i * INTERVAL_MS, value: v });
  }
  return out;
}
