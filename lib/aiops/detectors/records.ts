// Turns scored points into anomaly records: points whose 0..100 confidence reaches the
// configured confidenceThreshold are flagged, consecutive flagged points merge into one span.
import { classifyAnomaly, type AnomalyType } from './classify';
import { createDetector } from './create';
import { resolveConfig, type AnomalyDetectionConfig, type DetectorOutput, type MetricName, type MetricPoint } from './types';

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

/** Merges flagged points (score * 100 >= confidenceThreshold) into records. */
export function toAnomalyRecords(
  metric: MetricName | string,
  points: ReadonlyArray<MetricPoint>,
  outputs: ReadonlyArray<DetectorOutput>,
  confidenceThreshold: number,
  /** Points after a span's start considered when typing it (a shift shows only after a few points). */
  lookahead = 5,
): AnomalyRecord[] {
  const values = points.map((p) => p.value);
  const records: AnomalyRecord[] = [];
  let i = 0;
  while (i < points.length) {
    if (outputs[i].score * 100 < confidenceThreshold) {
      i++;
      continue;
    }
    let j = i;
    let peak = i;
    while (j + 1 < points.length && outputs[j + 1].score * 100 >= confidenceThreshold) {
      j++;
      if (outputs[j].score > outputs[peak].score) peak = j;
    }
    const o = outputs[peak];
    records.push({
      metric,
      start: points[i].timestamp,
      end: points[j].timestamp,
      score: Math.round(o.score * 1000) / 10,
      expected: o.expected,
      lower: o.lower,
      upper: o.upper,
      type: classifyAnomaly(values, i, Math.min(points.length - 1, Math.max(j, i + lookahead))),
    });
    i = j + 1;
  }
  return records;
}

/** Runs the configured detector over a series and returns its anomaly records. */
export function detectAnomalies(
  metric: MetricName | string,
  points: ReadonlyArray<MetricPoint>,
  config: Partial<AnomalyDetectionConfig>,
): AnomalyRecord[] {
  const resolved = resolveConfig(config);
  const detector = createDetector(config);
  const outputs = points.map((p) => detector.update(p));
  return toAnomalyRecords(metric, points, outputs, resolved.confidenceThreshold);
}
