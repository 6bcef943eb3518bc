// The CPU-heavy half of the anomaly what-if: detector passes over the raw series the main thread
// read, what each side would have flagged, and the chart buckets. It runs on the worker pool
// (lib/workers), so a cold 7-day preview never holds the request thread; the passes are cached
// in the worker thread and extended as new points arrive.
import type { AnomalyDetectionConfig } from '@/schemas';
import { isWatched } from '../detect/detection-config';
// Detectors warm up on as much history before the range as the live one does.
import { WARM_UP_MS } from '../detect/detector-cache';
import { scoredSeries, type ScoredSeries } from './detector-pass';
import { downsample, type PreviewBucket } from './downsample';
import { flaggedAnomalies, type PreviewAnomaly } from './flagged-anomalies';
import { countByPeriod, periodStarts, type PeriodCount } from './period-counts';
import { seriesOf } from './series-buffer';

/** Marks sent per side and metric; counts always cover all of them. */
const MAX_MARKS = 300;
/** A flagged span of one point still stands for one sampling interval. */
const POINT_MS = 10_000;

export interface AnomalySide {
  watched: boolean;
  total: number;
  /** Time covered by the flagged spans, ms. */
  flaggedMs: number;
  anomalies: PreviewAnomaly[];
}

export interface MetricPreview {
  metric: string;
  buckets: PreviewBucket[];
  draft: AnomalySide;
  saved: AnomalySide;
}

export interface AnomalyPreviewInput {
  /** Names the series' passes in the cache: plugin and range. */
  key: string;
  from: number;
  to: number;
  bucketMs: number;
  periodMs: number;
  utcOffsetMinutes: number;
  draft: AnomalyDetectionConfig;
  saved: AnomalyDetectionConfig;
  series: { metric: string; t: Float64Array; v: Float64Array }[];
}

export interface AnomalyPreviewScores {
  periods: PeriodCount[];
  metrics: MetricPreview[];
  /** Detector passes that had to run (the rest came from the cache). */
  passes: number;
}

/** The passes of this thread, most recently used last. */
const passes = new Map<string, ScoredSeries>();

export function scoreAnomalyPreview(input: AnomalyPreviewInput): AnomalyPreviewScores {
  const { from, to, bucketMs, periodMs, draft, saved } = input;
  let ran = 0;
  const allDraft: PreviewAnomaly[] = [];
  const allSaved: PreviewAnomaly[] = [];
  const metrics: MetricPreview[] = [];
  for (const { metric, t, v } of input.series) {
    const raw = seriesOf(t, v);
    const side = (config: AnomalyDetectionConfig, into: PreviewAnomaly[]): AnomalySide => {
      if (!isWatched(config, metric)) return { watched: false, total: 0, flaggedMs: 0, anomalies: [] };
      // One pass per range, so a 24-hour preview never depends on whether a 7-day one ran first.
      const { scored, reused } = scoredSeries(passes, `${input.key}\u0000${metric}`, raw, config, from - WARM_UP_MS);
      if (!reused) ran++;
      const all = flaggedAnomalies(metric, scored, from, to, config);
      into.push(...all);
      const top = all.length > MAX_MARKS ? [...all].sort((a, b) => b.score - a.score).slice(0, MAX_MARKS) : all;
      const flaggedMs = all.reduce((sum, a) => sum + a.end - a.start + POINT_MS, 0);
      return { watched: true, total: all.length, flaggedMs, anomalies: top };
    };
    metrics.push({ metric, buckets: downsample(raw, from, to, bucketMs), draft: side(draft, allDraft), saved: side(saved, allSaved) });
  }
  const starts = periodStarts(from, to, periodMs, input.utcOffsetMinutes);
  return { periods: countByPeriod(starts, periodMs, allDraft, allSaved), metrics, passes: ran };
}

/** Drops this thread's passes, except those of detectors with `keepSensitivity` (benchmarks: cold and half-cold previews). */
export function forgetPreviewPasses({ keepSensitivity }: { keepSensitivity?: string }): number {
  for (const [id, pass] of passes) if (pass.detector.config.sensitivity !== keepSensitivity) passes.delete(id);
  return passes.size;
}
