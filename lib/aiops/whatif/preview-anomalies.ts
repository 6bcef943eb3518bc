// The anomaly-detection what-if: the edited AnomalyDetectionConfig and the saved one, each run
// by the live detector over the plugin's recent history, with what each would have flagged.
// The history is read here; the detector passes run on the worker pool (score-anomaly-preview.ts).
import type { AnomalyDetectionConfig } from '@/schemas';
import type { Db } from '../../db/client';
import { getPlugin } from '../../plugins/get-plugin';
import { runInWorker } from '../../workers';
import { detectionConfigFor, isWatched } from '../detect/detection-config';
import type { PeriodCount } from './period-counts';
import type { AnomalyPreviewRequest } from '@/schemas/whatif-api';
import { previewWindow } from './preview-window';
import { rawSeries } from './raw-series';
import { storedMetrics } from './stored-metrics';
import type { AnomalyPreviewInput, MetricPreview } from './score-anomaly-preview';

export type { AnomalySide, MetricPreview } from './score-anomaly-preview';

/** A preview past this is stopped (504): 7 days of 8 metrics, cold, take well under it. */
export const PREVIEW_DEADLINE_MS = 60_000;

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

export async function previewAnomalies(db: Db, pluginId: string, req: AnomalyPreviewRequest, now = Date.now(), signal?: AbortSignal): Promise<AnomalyPreview> {
  const started = performance.now();
  await getPlugin(db, pluginId);
  const draft = req.config;
  const saved = await detectionConfigFor(db, pluginId);
  const { from, to, bucketMs, periodMs } = previewWindow(req, now);
  const stored = new Set(await storedMetrics(db, pluginId));
  const wanted = [...new Set([...draft.metrics, ...saved.metrics])].filter(
    (m) => stored.has(m) && (isWatched(draft, m) || isWatched(saved, m)),
  );
  const series: AnomalyPreviewInput['series'] = [];
  for (const metric of wanted) {
    const raw = await rawSeries(db, pluginId, metric, now);
    // Copies of the points: the cached arrays keep growing on this thread.
    if (raw) series.push({ metric, t: raw.series.t.slice(0, raw.series.n), v: raw.series.v.slice(0, raw.series.n) });
  }
  const input: AnomalyPreviewInput = { key: `${pluginId}\u0000${req.range}`, from, to, bucketMs, periodMs, utcOffsetMinutes: req.utcOffsetMinutes, draft, saved, series };
  const scores = await runInWorker('preview-anomalies', input, { what: 'The anomaly preview', deadlineMs: PREVIEW_DEADLINE_MS, signal });
  return { pluginId, from, to, bucketMs, periodMs, saved, ...scores, computeMs: Math.round(performance.now() - started) };
}
