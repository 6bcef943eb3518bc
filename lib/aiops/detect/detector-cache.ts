// Streaming detectors live in memory between batches (their state can be large) and are
// persisted to detector_state every ten minutes. Before scoring, a detector first replays
// any stored points it has not seen (written by another console process, or since its last
// persisted state before a restart), so every process resumes exactly where the data is. A
// series kept in Prometheus replays from there instead (a PointHistory).
import { and, asc, eq, gt } from 'drizzle-orm';
import type { AnomalyDetectionConfig } from '@/schemas';
import type { Db } from '../../db/client';
import { detectorState, metricPoint } from '../../db/schema';
import { cacheFor } from '../../db/per-db-cache';
import { findSeriesId, seriesKey } from '../ingest/series-ids';
import { createDetector, fromState, type DetectorState } from '../detectors';
import { detectorConfigHash } from './detection-config';

type Detector = ReturnType<typeof createDetector>;

export interface CachedDetector {
  detector: Detector;
  configHash: string;
  lastTs: number;
  persistedAt: number;
}

// A hybrid detector's state is a few hundred KiB; restoring replays the points stored since,
// so persisting rarely costs little at restart and saves much write volume.
const PERSIST_EVERY_MS = 10 * 60_000;
/** A new or reconfigured detector warms up on this much stored history. */
export const WARM_UP_MS = 24 * 3600_000;
const REPLAY_PAGE = 20_000;

/**
 * Where a detector catching up reads its series' points after `after` (epoch ms), page by page in
 * time order: the console's metric_point by default, or the store the series lives in (a
 * Prometheus-sourced series is never copied into the console: lib/prometheus/prom-history.ts).
 */
export type PointHistory = (after: number, upTo: number | undefined) => AsyncIterable<readonly (readonly [number, number])[]>;

async function replayFrom(history: PointHistory, entry: CachedDetector, upTo?: number): Promise<void> {
  for await (const page of history(entry.lastTs, upTo)) {
    for (const [t, v] of page) {
      if (t <= entry.lastTs) continue;
      if (upTo !== undefined && t >= upTo) return;
      entry.detector.push(t, v);
      entry.lastTs = t;
    }
  }
}

async function replay(db: Db, cacheOwner: Db, entry: CachedDetector, pluginId: string, metric: string, upTo?: number): Promise<void> {
  const seriesId = await findSeriesId(db, pluginId, metric, cacheOwner);
  if (seriesId === undefined) return;
  for (;;) {
    const rows = await db
      .select({ ts: metricPoint.ts, value: metricPoint.value })
      .from(metricPoint)
      .where(and(eq(metricPoint.seriesId, seriesId), gt(metricPoint.ts, new Date(entry.lastTs))))
      .orderBy(asc(metricPoint.ts))
      .limit(REPLAY_PAGE);
    for (const r of rows) {
      const t = r.ts.getTime();
      if (upTo !== undefined && t >= upTo) return;
      entry.detector.push(t, r.value);
      entry.lastTs = t;
    }
    if (rows.length < REPLAY_PAGE) return;
  }
}

async function load(db: Db, pluginId: string, metric: string, config: AnomalyDetectionConfig, hash: string): Promise<CachedDetector> {
  const [row] = await db
    .select()
    .from(detectorState)
    .where(and(eq(detectorState.pluginId, pluginId), eq(detectorState.metric, metric)));
  if (row && row.configHash === hash) {
    return { detector: fromState(row.state as DetectorState, { metric }), configHash: hash, lastTs: row.lastTs.getTime(), persistedAt: Date.now() };
  }
  return { detector: createDetector(config, { metric }), configHash: hash, lastTs: Date.now() - WARM_UP_MS, persistedAt: 0 };
}

/**
 * The detector for a series, caught up with every stored point before `before` (epoch ms):
 * the caller then scores its new points, which are all at or after `before`. `db` may be a
 * transaction; the cache belongs to `cacheOwner`, the process's database.
 */
export async function detectorFor(
  db: Db,
  pluginId: string,
  metric: string,
  config: AnomalyDetectionConfig,
  before: number,
  cacheOwner: Db = db,
  history?: PointHistory,
): Promise<CachedDetector> {
  const cache = cacheFor<CachedDetector>(cacheOwner, 'detectors');
  const key = seriesKey(pluginId, metric);
  const hash = detectorConfigHash(config);
  let entry = cache.get(key);
  if (!entry || entry.configHash !== hash) {
    entry = await load(db, pluginId, metric, config, hash);
    if (entry.lastTs > before) entry.lastTs = Math.min(entry.lastTs, before - 1);
    cache.set(key, entry);
  }
  if (history) await replayFrom(history, entry, before);
  else await replay(db, cacheOwner, entry, pluginId, metric, before);
  return entry;
}

/** Writes the state of detectors not persisted for PERSIST_EVERY_MS (or all of them when forced). */
export async function persistDetectors(db: Db, force = false, cacheOwner: Db = db): Promise<number> {
  const cache = cacheFor<CachedDetector>(cacheOwner, 'detectors');
  const now = Date.now();
  let written = 0;
  for (const [key, entry] of cache) {
    if (!force && now - entry.persistedAt < PERSIST_EVERY_MS) continue;
    const [pluginId, metric] = key.split('\u0000');
    const values = { pluginId, metric, configHash: entry.configHash, state: entry.detector.getState(), lastTs: new Date(entry.lastTs), updatedAt: new Date() };
    await db
      .insert(detectorState)
      .values(values)
      .onConflictDoUpdate({ target: [detectorState.pluginId, detectorState.metric], set: values });
    entry.persistedAt = now;
    written++;
  }
  return written;
}

/** Forgets cached detectors (all, or a plugin's): after a failed batch, a restart in tests, a deletion. */
export function clearDetectorCache(db: Db, pluginId?: string): void {
  const cache = cacheFor<CachedDetector>(db, 'detectors');
  for (const key of cache.keys()) if (!pluginId || key.startsWith(`${pluginId}\u0000`)) cache.delete(key);
}
