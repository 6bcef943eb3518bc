// Turns scored points into anomaly records: points whose 0..100 confidence reaches the
// configured confidenceThreshold are flagged, and flagged points within ANOMALY_GAP_MS of an
// anomaly's end join it (the one merge rule, also used by ingest and the what-if preview).
import { classifyAnomaly, type AnomalyType } from './classify';
import { MAX_HOLD_OFF_MINUTES } from './base';
import { createDetector } from './create';
import type { MinEffect } from './effect-size';
import type { AnomalyDetectionConfig, DetectorOutput, MetricName, MetricPoint } from './types';

export interface AnomalyRecord {
  metric: MetricName | string;
  /** Epoch ms of the first and last flagged point. */
  start: number;
  end: number;
  /** Peak confidence 0..100. */
  score: number;
  /** Expected value and band at the peak point. */
  expected: number;
  lower: number;
  upper: number;
  type: AnomalyType;
}

/** Points after a span's start considered when typing it (a shift shows only after a few points). */
export const TYPE_LOOKAHEAD = 5;

/**
 * Flagged points this close to an anomaly's end extend it instead of opening another: the
 * detector's own hold-off bound, the time after an alert it treats as the same incident. A blip
 * two minutes after a spike, or a latency step a few minutes into an outage, is one anomaly with
 * one start, one peak and one end.
 */
export const ANOMALY_GAP_MS = MAX_HOLD_OFF_MINUTES * 60_000;

/** Whether a flagged span starting at `start` (epoch ms) joins an anomaly that ended at `end`. */
export function joinsAnomaly(end: number, start: number): boolean {
  return start - end <= ANOMALY_GAP_MS;
}

/** A point is flagged when its 0..100 confidence reaches the configured threshold. */
export function isFlagged(score: number, confidenceThreshold: number): boolean {
  return score * 100 >= confidenceThreshold;
}

/** A [0, 1] score as the 0..100 confidence a record stores (one decimal). */
export function toConfidence(score: number): number {
  return Math.round(score * 1000) / 10;
}

/** Merges flagged points (score * 100 >= confidenceThreshold) into records: a span within ANOMALY_GAP_MS of the last record's end joins it. */
export function toAnomalyRecords(
  metric: MetricName | string,
  points: ReadonlyArray<MetricPoint>,
  outputs: ReadonlyArray<DetectorOutput>,
  confidenceThreshold: number,
  lookahead = TYPE_LOOKAHEAD,
): AnomalyRecord[] {
  const values = points.map((p) => p.value);
  const records: AnomalyRecord[] = [];
  let i = 0;
  while (i < points.length) {
    if (!isFlagged(outputs[i].score, confidenceThreshold)) {
      i++;
      continue;
    }
    let j = i;
    let peak = i;
    while (j + 1 < points.length && isFlagged(outputs[j + 1].score, confidenceThreshold)) {
      j++;
      if (outputs[j].score > outputs[peak].score) peak = j;
    }
    const o = outputs[peak];
    const last = records[records.length - 1];
    if (last && joinsAnomaly(last.end, points[i].timestamp)) {
      last.end = points[j].timestamp;
      if (toConfidence(o.score) > last.score) Object.assign(last, { score: toConfidence(o.score), expected: o.expected, lower: o.lower, upper: o.upper });
      i = j + 1;
      continue;
    }
    records.push({
      metric,
      start: points[i].timestamp,
      end: points[j].timestamp,
      score: toConfidence(o.score),
      expected: o.expected,
      lower: o.lower,
      upper: o.upper,
      type: classifyAnomaly(values, i, Math.min(points.length - 1, Math.max(j, i + lookahead))),
    });
    i = j + 1;
  }
  return records;
}

/** Runs the configured detector over a series (with the metric's minimum effect) and returns its anomaly records. */
export function detectAnomalies(
  metric: MetricName | string,
  points: ReadonlyArray<MetricPoint>,
  config: Partial<AnomalyDetectionConfig>,
  minEffect?: Partial<MinEffect>,
): AnomalyRecord[] {
  const detector = createDetector(config, { metric, minEffect });
  const outputs = points.map((p) => detector.update(p));
  return toAnomalyRecords(metric, points, outputs, detector.config.confidenceThreshold);
}
