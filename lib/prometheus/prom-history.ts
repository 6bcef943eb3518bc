// A Prometheus-sourced series' past, read back from Prometheus for the detector: the points a
// detector replays to catch up after a restart (PointHistory), and the values before a batch
// that classify an anomaly's type. Always the expression evaluated at the metric's step, as
// polling reads it, so replayed and polled points are the same series.
import type { PointHistory } from '../aiops/detect/detector-cache';
import { MAX_RANGE_POINTS, queryRange, type PromSeries } from './prometheus-api';
import type { PrometheusConfig } from './prometheus-config';
import { PromQLError } from './prometheus-error';
import type { PromSourcedMetric } from './metrics-source';

/** Points per query_range: below Prometheus's 11 000. */
export const PAGE_POINTS = MAX_RANGE_POINTS - 1000;

/** The one series an expression must return (several cannot feed one detector). */
export function singleSeries(result: PromSeries[], src: PromSourcedMetric): PromSeries | undefined {
  if (result.length > 1) throw new PromQLError(src.field, `returns ${result.length} series; a chart and its detector need one (aggregate it, e.g. max(…) or sum(…))`);
  return result[0];
}

/** The expression's points evaluated at its step from `fromMs` to `toMs` (inclusive). */
export async function readPoints(config: PrometheusConfig, src: PromSourcedMetric, fromMs: number, toMs: number): Promise<[number, number][]> {
  if (toMs < fromMs) return [];
  return singleSeries(await queryRange(config, src.expr, fromMs, toMs, src.stepSec, src.field), src)?.points ?? [];
}

/** First evaluation time strictly after `t`, on the step grid. */
export function nextStep(t: number, stepMs: number): number {
  return Math.floor(t / stepMs) * stepMs + stepMs;
}

export function promHistory(config: PrometheusConfig, src: PromSourcedMetric, now = Date.now()): PointHistory {
  const stepMs = src.stepSec * 1000;
  return async function* (after, upTo) {
    const end = Math.min(upTo ?? now, now) - 1;
    for (let from = nextStep(after, stepMs); from <= end; from += PAGE_POINTS * stepMs) {
      yield await readPoints(config, src, from, Math.min(end, from + (PAGE_POINTS - 1) * stepMs));
    }
  };
}

/** The `count` values before `firstTs`, for classifying an anomaly that starts in a batch. */
export function promContext(config: PrometheusConfig, src: PromSourcedMetric) {
  const stepMs = src.stepSec * 1000;
  return async (first: { ts: number }, count: number): Promise<number[]> =>
    (await readPoints(config, src, first.ts - count * stepMs, first.ts - 1)).map(([, v]) => v);
}
