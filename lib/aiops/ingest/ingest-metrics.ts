// Stores a batch of metric points: checks it, scores each watched series with its plugin's
// streaming detector, writes points and their roll-ups in one statement (duplicates are
// idempotent), and records anomalies. One batch at a time per process, in one transaction.
import type { MetricPointInput } from '@/schemas';
import type { Db } from '../../db/client';
import type { DetectorOutput } from '../detectors';
import { canBeWatched, detectionConfigFor, isWatched } from '../detect/detection-config';
import { clearDetectorCache, persistDetectors } from '../detect/detector-cache';
import { checkPoints, type CheckedPoint } from './check-points';
import type { WritablePlugins } from './check-plugins';
import { scoreSeries } from './score-series';
import { stagePoints, storeStagedPoints } from './write-points';
import { trackAnomalies } from './track-anomalies';
import { serialized } from './serialize';
import { seriesIds, seriesKey } from './series-ids';
import { countIngest } from '../../console-metrics/count-ingest';

export interface IngestResult {
  received: number;
  stored: number;
  duplicates: number;
  anomaliesOpened: number;
}

function groupSeries(points: CheckedPoint[]): CheckedPoint[][] {
  const seen = new Set<string>();
  const groups = new Map<string, CheckedPoint[]>();
  for (const p of points) {
    const sk = seriesKey(p.pluginId, p.metric);
    const key = `${sk}\u0000${p.ts}`;
    if (seen.has(key)) continue; // the same point twice in one batch
    seen.add(key);
    (groups.get(sk) ?? groups.set(sk, []).get(sk)!).push(p);
  }
  for (const g of groups.values()) g.sort((a, b) => a.ts - b.ts);
  return [...groups.values()];
}

export async function ingestPoints(db: Db, points: CheckedPoint[]): Promise<IngestResult> {
  return serialized(async () => {
    const series = groupSeries(points);
    const ids = await seriesIds(db, series.map((s) => s[0]));
    for (const s of series) {
      const id = ids.get(seriesKey(s[0].pluginId, s[0].metric))!;
      for (const p of s) p.seriesId = id;
    }
    const configs = new Map<string, Awaited<ReturnType<typeof detectionConfigFor>>>();
    // A plugin's config is read only when one of its series is a metric a config can watch.
    for (const s of series) if (canBeWatched(s[0].metric) && !configs.has(s[0].pluginId)) configs.set(s[0].pluginId, await detectionConfigFor(db, s[0].pluginId));

    // Scoring reads only (stored detector state and points), so it runs before the
    // transaction, which then stays short. Anything failing from here on leaves cached
    // detectors ahead of the stored data: forget them, and the next batch reloads them from
    // the stored state and points.
    try {
      const scored: { points: CheckedPoint[]; outputs: (DetectorOutput | null)[]; threshold: number }[] = [];
      for (const s of series) {
        const config = configs.get(s[0].pluginId);
        const watched = config !== undefined && isWatched(config, s[0].metric);
        scored.push({ points: s, outputs: watched ? await scoreSeries(db, s, config) : s.map(() => null), threshold: config?.confidenceThreshold ?? 100 });
      }
      const source = await stagePoints(db, scored.flatMap((s) => s.points), scored.flatMap((s) => s.outputs));
      const result = await db.transaction(async (tx) => {
        const t = tx as unknown as Db;
        let anomaliesOpened = 0;
        for (const s of scored) anomaliesOpened += await trackAnomalies(t, s.points, s.outputs, s.threshold);
        const stored = await storeStagedPoints(t, source);
        await persistDetectors(t, false, db);
        return { received: points.length, stored, duplicates: points.length - stored, anomaliesOpened };
      });
      countIngest(result);
      return result;
    } catch (err) {
      clearDetectorCache(db);
      throw err;
    }
  });
}

/** The API's entry: validate against plugins and time bounds, then store. */
export async function ingestMetrics(db: Db, points: MetricPointInput[], now = Date.now(), writable: WritablePlugins = null): Promise<IngestResult> {
  return ingestPoints(db, await checkPoints(db, points, now, 'points', writable));
}
