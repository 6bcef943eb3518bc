// Practical significance: a deviation from the expected value must be large enough to matter to
// an operator, not only improbable. Below a metric kind's minimum effect the score is capped
// under the alert threshold, so a metric that is merely very steady is not flagged for a blip.
import type { MetricName } from './types';

/**
 * The smallest deviation |value - expected| worth an alert, in the metric's own unit. Both
 * parts must be met: `absolute` (units of the metric) and `relative` (share of |expected|).
 */
export interface MinEffect {
  absolute: number;
  relative: number;
}

const MIB = 1024 * 1024;

/**
 * Defaults per metric kind. Units as the console stores them: error-rate a fraction (0.01 is
 * 1 %), cpu-usage percent (0..100), memory-usage bytes, response-time and latency ms, the rest counts.
 */
export const MIN_EFFECT: Readonly<Record<MetricName, Readonly<MinEffect>>> = {
  // Half a percentage point of errors.
  'error-rate': { absolute: 0.005, relative: 0 },
  // 20 ms and 20 % slower (or faster).
  'response-time': { absolute: 20, relative: 0.2 },
  latency: { absolute: 20, relative: 0.2 },
  // 5 points of CPU utilisation.
  'cpu-usage': { absolute: 5, relative: 0 },
  // Memory is stored in bytes (the health report's heap bytes): 8 MiB and 5 % of the heap.
  'memory-usage': { absolute: 8 * MIB, relative: 0.05 },
  // Counts: a quarter (or half for queues, which idle near zero) and a few units.
  throughput: { absolute: 1, relative: 0.25 },
  'connection-count': { absolute: 5, relative: 0.25 },
  'queue-depth': { absolute: 5, relative: 0.5 },
};

/** Highest 0..100 confidence a point below its minimum effect may get (under the default 80). */
export const BELOW_EFFECT_CONFIDENCE = 79;

/**
 * The minimum effect for a metric: its kind's default with the override's fields on top;
 * null (no minimum) for a metric that is not one of the protocol's kinds and has no full override.
 */
export function minEffectFor(metric: string | undefined, override?: Partial<MinEffect>): MinEffect | null {
  const base = metric !== undefined && Object.hasOwn(MIN_EFFECT, metric) ? MIN_EFFECT[metric as MetricName] : null;
  const absolute = override?.absolute ?? base?.absolute;
  const relative = override?.relative ?? base?.relative;
  if (absolute === undefined || relative === undefined) return null;
  if (!(absolute >= 0) || !(relative >= 0)) throw new RangeError('a minimum effect must be a non-negative number');
  return { absolute, relative };
}

/** True when |value - expected| reaches both parts of the minimum effect. */
export function meetsMinEffect(value: number, expected: number, min: MinEffect): boolean {
  const d = Math.abs(value - expected);
  return d >= min.absolute && d >= min.relative * Math.abs(expected);
}

/**
 * The score a point may keep: unchanged when its effect is large enough, else capped under both
 * the default threshold and the configured one (so it is never flagged).
 */
export function capByEffect(score: number, value: number, expected: number, min: MinEffect | null, confidenceThreshold: number): number {
  if (min === null || meetsMinEffect(value, expected, min)) return score;
  const cap = Math.max(0, Math.min(BELOW_EFFECT_CONFIDENCE, confidenceThreshold - 1)) / 100;
  return score < cap ? score : cap;
}
