// What a detector pass would have flagged in a time range, as the live engine records it:
// flagged spans typed by toAnomalyRecords (the detectors' own record builder), then joined
// when they are within ANOMALY_GAP_MS of each other, as track-anomalies does during ingest.
import type { AnomalyDetectionConfig } from '@/schemas';
import { isFlagged, toAnomalyRecords, TYPE_LOOKAHEAD, type DetectorOutput, type MetricPoint } from '../detectors';
import { ANOMALY_GAP_MS } from '../ingest/track-anomalies';
import type { ScoredSeries } from './detector-pass';

export interface PreviewAnomaly {
  start: number;
  end: number;
  peakAt: number;
  peakValue: number;
  /** Peak confidence 0..100. */
  score: number;
  expected: number;
  lower: number;
  upper: number;
  type: string;
}

/** Points before a span that classifyAnomaly compares it with (its default context). */
const CONTEXT = 64;

function outputAt(s: ScoredSeries, k: number): DetectorOutput {
  return { score: s.score[k], expected: s.expected[k], lower: s.lower[k], upper: s.upper[k] };
}

/**
 * Records of one flagged span [a, b] (indexes into the scored pass). toAnomalyRecords runs on a
 * slice holding the span, its classification context and lookahead: the same inputs it would
 * read over the whole series, without building objects for every point of a week.
 */
function spanRecord(metric: string, s: ScoredSeries, a: number, b: number, threshold: number): PreviewAnomaly {
  const { t, v } = s.raw;
  const lo = Math.max(0, a - CONTEXT);
  const hi = Math.min(s.n - 1, Math.max(b, a + TYPE_LOOKAHEAD));
  const points: MetricPoint[] = [];
  const outputs: DetectorOutput[] = [];
  let peak = a;
  for (let k = lo; k <= hi; k++) {
    points.push({ timestamp: t[s.first + k], value: v[s.first + k] });
    // Only the span itself is flagged in the slice: context points are values, not records.
    outputs.push(k >= a && k <= b ? outputAt(s, k) : { ...outputAt(s, k), score: 0 });
    if (k >= a && k <= b && s.score[k] > s.score[peak]) peak = k;
  }
  const [r] = toAnomalyRecords(metric, points, outputs, threshold, TYPE_LOOKAHEAD);
  return { ...r, peakAt: t[s.first + peak], peakValue: v[s.first + peak] };
}

export function flaggedAnomalies(metric: string, s: ScoredSeries, from: number, to: number, config: AnomalyDetectionConfig): PreviewAnomaly[] {
  const threshold = config.confidenceThreshold;
  let k = Math.max(0, s.raw.lowerBound(from) - s.first);
  const end = Math.min(s.n, s.raw.lowerBound(to) - s.first);
  const out: PreviewAnomaly[] = [];
  while (k < end) {
    if (!isFlagged(s.score[k], threshold)) {
      k++;
      continue;
    }
    let b = k;
    while (b + 1 < end && isFlagged(s.score[b + 1], threshold)) b++;
    const rec = spanRecord(metric, s, k, b, threshold);
    const last = out[out.length - 1];
    if (last && rec.start - last.end <= ANOMALY_GAP_MS) {
      last.end = Math.max(last.end, rec.end);
      if (rec.score > last.score) Object.assign(last, { score: rec.score, peakAt: rec.peakAt, peakValue: rec.peakValue, expected: rec.expected, lower: rec.lower, upper: rec.upper });
    } else out.push(rec);
    k = b + 1;
  }
  return out;
}
