// Raw 10-second points of one plugin metric, held in memory for a short while so a what-if
// preview can re-run detectors and replays as the operator edits without reading the
// database each time. Entries cover the last 8 days (7 shown + 1 of detector warm-up), are
// topped up with new points at most every REFRESH_MS, and are dropped when unused.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cacheFor } from '../../db/per-db-cache';
import { rowsOf } from '../../db/rows-of';
import { findSeriesId } from '../ingest/series-ids';
import { decodeTimeValueRows } from '../ingest/binary-copy';
import { pgliteClientOf } from '../../db/pglite-client';
import { RawSeries } from './series-buffer';

export { RawSeries };

export const HISTORY_MS = 8 * 86_400_000;
const REFRESH_MS = 10_000;
const IDLE_MS = 10 * 60_000;
/** Once the oldest point is this old the entry is rebuilt instead of growing forever. */
const REBUILD_AFTER_MS = HISTORY_MS + 86_400_000;

export interface RawEntry {
  series: RawSeries;
  loadedFrom: number;
  fetchedAt: number;
  usedAt: number;
}

/**
 * The embedded database runs on the server's own thread: one query over 8 days of 10-second
 * points (69 120 per series) held it for hundreds of milliseconds, and every other request
 * waited (event-loop bench: p99 488 ms in one run). Read a day at a time and let others run
 * between days.
 */
const SLICE_MS = 86_400_000;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Appends the series' points after `after` to `into`, oldest first. */
async function fetchPoints(db: Db, seriesId: number, after: number, now: number, into: RawSeries): Promise<void> {
  const lite = pgliteClientOf(db);
  if (lite) {
    for (let from = after; ; from += SLICE_MS) {
      // The last slice is open-ended: points stamped a little ahead of the clock are kept.
      const last = from + SLICE_MS >= now;
      const upTo = last ? '' : ` and ts <= '${new Date(from + SLICE_MS).toISOString()}'`;
      // Binary COPY: three times faster than text rows on the embedded database.
      const out = await lite.query(
        `copy (select ts, value from metric_point where series_id = ${Number(seriesId)} and ts > '${new Date(from).toISOString()}'${upTo} order by ts) to '/dev/blob' with (format binary)`,
      );
      if (out.blob) {
        const { t, v } = decodeTimeValueRows(new Uint8Array(await out.blob.arrayBuffer()));
        into.append(t, v);
      }
      if (last) return;
      await yieldToOthers();
    }
  }
  // Two arrays in one row: far fewer objects to build than one row per point.
  const [row] = rowsOf(
    await db.execute(sql`
      select coalesce(array_agg(round(extract(epoch from ts) * 1000)::float8 order by ts), '{}') as t,
             coalesce(array_agg(value order by ts), '{}') as v
      from metric_point where series_id = ${seriesId} and ts > ${new Date(after).toISOString()}`),
  );
  const t = (row?.t ?? []) as (number | string)[];
  const v = (row?.v ?? []) as (number | string)[];
  into.append(Float64Array.from(t, Number), Float64Array.from(v, Number));
}

const inflight = new Map<string, Promise<RawEntry | null>>();

function sweep(cache: Map<string, RawEntry>, now: number): void {
  for (const [k, e] of cache) if (now - e.usedAt > IDLE_MS) cache.delete(k);
}

/** The cached raw series of a plugin metric (null when nothing was ever stored for it). */
export async function rawSeries(db: Db, pluginId: string, metric: string, now = Date.now()): Promise<RawEntry | null> {
  const key = `${pluginId}\u0000${metric}`;
  const pending = inflight.get(key);
  if (pending) return pending;
  const cache = cacheFor<RawEntry>(db, 'whatif-raw');
  const work = (async () => {
    sweep(cache, now);
    const seriesId = await findSeriesId(db, pluginId, metric);
    if (seriesId === undefined) return null;
    let entry = cache.get(key);
    if (entry && now - entry.loadedFrom > REBUILD_AFTER_MS) entry = undefined;
    if (!entry) {
      const from = now - HISTORY_MS;
      const series = new RawSeries();
      await fetchPoints(db, seriesId, from - 1, now, series);
      entry = { series, loadedFrom: from, fetchedAt: now, usedAt: now };
      cache.set(key, entry);
    } else if (now - entry.fetchedAt >= REFRESH_MS) {
      const s = entry.series;
      // A failure part-way leaves the days already read appended; the next refresh goes on after them.
      await fetchPoints(db, seriesId, s.n ? s.t[s.n - 1] : entry.loadedFrom - 1, now, s);
      entry.fetchedAt = now;
    }
    entry.usedAt = now;
    return entry;
  })();
  inflight.set(key, work);
  try {
    return await work;
  } finally {
    inflight.delete(key);
  }
}

/** Forgets a plugin's cached series (tests, or after its data was deleted). */
export function forgetRawSeries(db: Db, pluginId?: string): void {
  const cache = cacheFor<RawEntry>(db, 'whatif-raw');
  for (const k of cache.keys()) if (!pluginId || k.startsWith(`${pluginId}\u0000`)) cache.delete(k);
}
