// The anomaly-detection what-if: the edited AnomalyDetectionConfig and the saved one, each run
// by the live detector over the plugin's recent history, with what each would have flagged.
import type { AnomalyDetectionConfig } from '@/schemas';
import type { Db } from '../../db/client';
import { getPlugin } from '../../plugins/get-plugin';
import { detectionConfigFor, isWatched } from '../detect/detection-config';
import { scoredSeries } from './detector-pass';
import { downsample, type PreviewBucket } from './downsample';
import { flaggedAnomalies, type PreviewAnomaly } from './flagged-anomalies';
import { countByPeriod, periodStarts, type PeriodCount } from './period-counts';
import type { AnomalyPreviewRequest } from '@/schemas/whatif-api';
import { previewWindow } from './preview-window';
import { rawSeries, type RawEntry } from './raw-series';
import { storedMetrics } from './stored-metrics';
// Detectors warm up on as much history before the range as the live one does.
import { WARM_UP_MS } from '../detect/detector-cache';

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

export interface AnomalyPreview {
  pluginId: string;
  from: number;
  to: number;
  bucketMs: number;
  periodMs: number;
  periods: PeriodCount[];
  saved: AnomalyDetectionConfig;
  metrics: MetricPreview[];
  /** Detector passes that had to run (the rest came from the cache). */
  passes: number;
  computeMs: number;
}

export async function previewAnomalies(db: Db, pluginId: string, req: AnomalyPreviewRequest, now = Date.now()): Promise<AnomalyPreview> {
  const started = performance.now();
  await getPlugin(db, pluginId);
  const draft = req.config;
  const saved = await detectionConfigFor(db, pluginId);
  const { from, to, bucketMs, periodMs } = previewWindow(req, now);
  const stored = new Set(await storedMetrics(db, pluginId));
  const wanted = [...new Set([...draft.metrics, ...saved.metrics])].filter(
    (m) => stored.has(m) && (isWatched(draft, m) || isWatched(saved, m)),
  );

  let passes = 0;
  const allDraft: PreviewAnomaly[] = [];
  const allSaved: PreviewAnomaly[] = [];
  const side = (metric: string, config: AnomalyDetectionConfig, raw: RawEntry, into: PreviewAnomaly[]): AnomalySide => {
    if (!isWatched(config, metric)) return { watched: false, total: 0, flaggedMs: 0, anomalies: [] };
    // One pass per range, so a 24-hour preview never depends on whether a 7-day one ran first.
    const { scored, reused } = scoredSeries(db, `${pluginId}\u0000${metric}\u0000${req.range}`, raw, config, from - WARM_UP_MS);
    if (!reused) passes++;
    const all = flaggedAnomalies(metric, scored, from, to, config);
    into.push(...all);
    const top = all.length > MAX_MARKS ? [...all].sort((a, b) => b.score - a.score).slice(0, MAX_MARKS) : all;
    const flaggedMs = all.reduce((sum, a) => sum + a.end - a.start + POINT_MS, 0);
    return { watched: true, total: all.length, flaggedMs, anomalies: top };
  };

  const metrics: MetricPreview[] = [];
  for (const metric of wanted) {
    const raw = await rawSeries(db, pluginId, metric, now);
    if (!raw) continue;
    const d = side(metric, draft, raw, allDraft);
    const s = side(metric, saved, raw, allSaved);
    metrics.push({ metric, buckets: downsample(raw.series, from, to, bucketMs), draft: d, saved: s });
  }
  const starts = periodStarts(from, to, periodMs, req.utcOffsetMinutes);
  return {
    pluginId,
    from,
    to,
    bucketMs,
    periodMs,
    periods: countByPeriod(starts, periodMs, allDraft, allSaved),
    saved,
    metrics,
    passes,
    computeMs: Math.round(performance.now() - started),
  };
}
