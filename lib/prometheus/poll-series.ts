// Scoring what one poll round read from Prometheus: each series' new evaluations go through its
// plugin's detector (which catches up from Prometheus, never from copied points) and into the
// same anomaly tracking as pushed metrics; the anomalies and every series' new position are
// written in one transaction. A failure anywhere leaves nothing half-done: positions stay, the
// detectors are forgotten (they reload from their stored state), and the next round reads the
// same points again, so nothing is scored or stored twice and nothing is skipped.
import { sql } from 'drizzle-orm';
import type { AnomalyDetectionConfig } from '@/schemas';
import type { Db } from '../db/client';
import { prometheusPoll } from '../db/schema';
import { clearDetectorCache, persistDetectors } from '../aiops/detect/detector-cache';
import type { CheckedPoint } from '../aiops/ingest/check-points';
import { scoreSeries } from '../aiops/ingest/score-series';
import type { DetectorOutput } from '../aiops/detectors';
import { serialized } from '../aiops/ingest/serialize';
import { trackAnomalies } from '../aiops/ingest/track-anomalies';
import type { PrometheusConfig } from './prometheus-config';
import type { PromSourcedMetric } from './metrics-source';
import { PAGE_POINTS, nextStep, promContext, promHistory } from './prom-history';

/** How far behind now a poll reads: the latest scrape has landed by then. */
export function pollEnd(now: number, stepMs: number): number {
  return Math.floor((now - Math.max(stepMs, 15_000)) / stepMs) * stepMs;
}

/**
 * The evaluations a poll reads after `position` (the last one scored; absent on the first poll,
 * which starts with the latest evaluation while the detector warms up on the day before it).
 * A long outage is caught up a page per round. Null when there is nothing new yet.
 */
export function pollWindow(position: number | undefined, now: number, stepMs: number): { from: number; to: number } | null {
  const end = pollEnd(now, stepMs);
  const from = position === undefined ? end : nextStep(position, stepMs);
  if (from > end) return null;
  return { from, to: Math.min(end, from + (PAGE_POINTS - 1) * stepMs) };
}

export interface PolledSeries {
  src: PromSourcedMetric;
  detection: AnomalyDetectionConfig;
  /** Evaluations read, in time order. */
  points: [number, number][];
  /** The window's last evaluation time: the new position even when no point came back. */
  to: number;
}

export async function scorePolled(db: Db, config: PrometheusConfig, polled: PolledSeries[], now: number): Promise<number> {
  if (polled.length === 0) return 0;
  return serialized(async () => {
    try {
      const scored: { p: PolledSeries; points: CheckedPoint[]; outputs: (DetectorOutput | null)[] }[] = [];
      for (const p of polled) {
        const points: CheckedPoint[] = p.points.map(([ts, value]) => ({ pluginId: p.src.pluginId, metric: p.src.metric, ts, value }));
        const outputs = points.length ? await scoreSeries(db, points, p.detection, db, promHistory(config, p.src, now)) : [];
        scored.push({ p, points, outputs });
      }
      return await db.transaction(async (tx) => {
        const t = tx as unknown as Db;
        let opened = 0;
        for (const { p, points, outputs } of scored) {
          if (points.length) opened += await trackAnomalies(t, points, outputs, p.detection.confidenceThreshold, promContext(config, p.src));
        }
        await t
          .insert(prometheusPoll)
          .values(polled.map((p) => ({ pluginId: p.src.pluginId, metric: p.src.metric, lastTs: new Date(p.to), failures: 0, retryAt: null, lastError: null, updatedAt: new Date(now) })))
          .onConflictDoUpdate({
            target: [prometheusPoll.pluginId, prometheusPoll.metric],
            set: { lastTs: sql`excluded.last_ts`, failures: 0, retryAt: null, lastError: null, updatedAt: sql`excluded.updated_at` },
          });
        await persistDetectors(t, false, db);
        return opened;
      });
    } catch (err) {
      for (const pluginId of new Set(polled.map((p) => p.src.pluginId))) clearDetectorCache(db, pluginId);
      throw err;
    }
  });
}
