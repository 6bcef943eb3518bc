// Deterministic finely sampled series for tests (10-second steps by default): a daily cycle plus
// noise that wanders for minutes (AR(1)), as request latency and CPU do, with an optional step.
import type { MetricPoint } from '../types';

export interface FineSeriesOptions {
  points: number;
  intervalMs?: number;
  seed?: number;
  /** Multiplies the value from this index on. */
  shift?: { at: number; factor: number };
  /** A job that multiplies the value for `length` points every `every` points, from point 0 (an hourly report, a cron). */
  jobs?: { every: number; length: number; factor: number };
  /** One more run of the job starting here, off its schedule. */
  offSchedule?: number;
  /** Sets this one value. */
  spike?: { at: number; value: number };
}

export function fineSeries(options: FineSeriesOptions): MetricPoint[] {
  const interval = options.intervalMs ?? 10_000;
  let s = (options.seed ?? 5) >>> 0;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
  const perDay = 86_400_000 / interval;
  const t0 = Date.UTC(2024, 0, 1);
  const out: MetricPoint[] = [];
  let wander = 0;
  for (let i = 0; i < options.points; i++) {
    // AR(1) with a time constant of about ten steps, plus white noise.
    wander = 0.9 * wander + 0.44 * gauss();
    let v = 100 * (1 + 0.4 * Math.sin((2 * Math.PI * i) / perDay)) * (1 + 0.1 * wander + 0.03 * gauss());
    if (options.shift && i >= options.shift.at) v *= options.shift.factor;
    const j = options.jobs;
    if (j && (i % j.every < j.length || (options.offSchedule !== undefined && i >= options.offSchedule && i < options.offSchedule + j.length))) v *= j.factor;
    if (options.spike && i === options.spike.at) v = options.spike.value;
    out.push({ timestamp: t0 + i * interval, value: v });
  }
  return out;
}
