// One poll of one Prometheus-sourced watched metric: reads the evaluations after the saved
// position, scores them with the plugin's detector (which catches up from Prometheus, never
// from copied points), records anomalies like pushed metrics do, and moves the position in the
// same transaction, so a failure anywhere leaves nothing half-done: the next poll reads the
// same points again and the detector, forgotten, reloads from its stored state.
import type { AnomalyDetectionConfig } from '@/schemas';
import type { Db } from '../db/client';
import { clearDetectorCache, persistDetectors } from '../aiops/detect/detector-cache';
import type { CheckedPoint } from '../aiops/ingest/check-points';
import { scoreSeries } from '../aiops/ingest/score-series';
import { serialized } from '../aiops/ingest/serialize';
import { trackAnomalies } from '../aiops/ingest/track-anomalies';
import type { PrometheusConfig } from './prometheus-config';
import type { PromSourcedMetric } from './metrics-source';
import { PAGE_POINTS, nextStep, promContext, promHistory, readPoints } from './prom-history';
import { advancePollPosition, getPollPosition } from './poll-position';

export interface PollOutcome {
  /** Evaluations read and scored. */
  points: number;
  anomaliesOpened: number;
  /** Position after the poll (epoch ms). */
  position: number;
  /** True when the series waits for its backoff to pass. */
  waiting?: boolean;
}

/** How far behind now a poll reads: the latest scrape has landed by then. */
export function pollEnd(now: number, stepMs: number): number {
  return Math.floor((now - Math.max(stepMs, 15_000)) / stepMs) * stepMs;
}

export async function pollSeries(db: Db, config: PrometheusConfig, src: PromSourcedMetric, detection: AnomalyDetectionConfig, now = Date.now()): Promise<PollOutcome> {
  const stepMs = src.stepSec * 1000;
  const saved = await getPollPosition(db, src.pluginId, src.metric);
  const end = pollEnd(now, stepMs);
  // First poll: start with the latest evaluation; the detector warms up on the day before it.
  const position = saved?.lastTs.getTime() ?? end - stepMs;
  if (saved?.retryAt && saved.retryAt.getTime() > now) return { points: 0, anomaliesOpened: 0, position, waiting: true };
  const start = nextStep(position, stepMs);
  if (start > end) return { points: 0, anomaliesOpened: 0, position };
  // A long outage is caught up page by page, one page per run.
  const last = Math.min(end, start + (PAGE_POINTS - 1) * stepMs);
  const read = await readPoints(config, src, start, last);
  const points: CheckedPoint[] = read.map(([ts, value]) => ({ pluginId: src.pluginId, metric: src.metric, ts, value }));
  return serialized(async () => {
    try {
      const outputs = points.length ? await scoreSeries(db, points, detection, db, promHistory(config, src, now)) : [];
      const context = promContext(config, src);
      return await db.transaction(async (tx) => {
        const t = tx as unknown as Db;
        const anomaliesOpened = points.length ? await trackAnomalies(t, points, outputs, detection.confidenceThreshold, context) : 0;
        await advancePollPosition(t, src.pluginId, src.metric, last);
        await persistDetectors(t, false, db);
        return { points: points.length, anomaliesOpened, position: last };
      });
    } catch (err) {
      // The detector may be ahead of the saved position: forget it, it reloads and replays.
      clearDetectorCache(db, src.pluginId);
      throw err;
    }
  });
}
