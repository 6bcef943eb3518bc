// The fast path of ingest, in two steps. stagePoints() hands a batch to the database the
// cheapest way its driver allows: binary COPY into a session staging table on the embedded
// PGlite (which parses text numbers slowly), or arrays through unnest() on PostgreSQL. Then one
// statement, storeStagedPoints(), stores the points (a point already stored is left alone) and
// adds the ones really stored to the roll-ups and the plugins' score lanes.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { pgliteClientOf } from '../../db/pglite-client';
import { rowsOf } from '../../db/rows-of';
import type { DetectorOutput } from '../detectors';
import type { CheckedPoint } from './check-points';
import { encodePointRows } from './binary-copy';
import { laneUpsert, minuteAggregates, ROLLUP_RESOLUTIONS, rollupUpsert } from './update-rollups';
import { serialized } from './serialize';

const STAGING = 'ingest_staging';
const ready = new WeakSet<object>();

/**
 * Puts the points where storeStagedPoints() reads them, and returns that source. Call it on the
 * top-level database, outside the batch's transaction: PGlite has one session, and ingest
 * batches run one at a time (serialize.ts), so the staging table is the batch's own.
 */
export async function stagePoints(db: Db, points: CheckedPoint[], outputs: (DetectorOutput | null)[]): Promise<SQL> {
  const lite = pgliteClientOf(db);
  if (lite) {
    if (!ready.has(lite)) {
      await lite.exec(`create temp table if not exists ${STAGING} (series_id int, ts timestamptz, value float8, score real, expected real, lower real, upper real)`);
      ready.add(lite);
    }
    await lite.exec(`truncate ${STAGING}`);
    await lite.query(`copy ${STAGING} from '/dev/blob' with (format binary)`, [], { blob: new Blob([encodePointRows(points, outputs) as Uint8Array<ArrayBuffer>]) });
    return sql`select * from ${sql.raw(STAGING)}`;
  }
  // sql.param keeps each array one parameter (a bare array would expand into a value list).
  const col = <T>(f: (p: CheckedPoint, o: DetectorOutput | null) => T) => sql.param(points.map((p, i) => f(p, outputs[i])));
  // Times travel as epoch milliseconds: cheaper to send and convert than ISO text.
  return sql`select s, to_timestamp(t / 1000.0), v, sc, ex, lo, up from unnest(
    ${col((p) => p.seriesId!)}::int[], ${col((p) => p.ts)}::float8[], ${col((p) => p.value)}::float8[],
    ${col((_, o) => finite(o?.score))}::real[], ${col((_, o) => finite(o?.expected))}::real[],
    ${col((_, o) => finite(o?.lower))}::real[], ${col((_, o) => finite(o?.upper))}::real[]) as u(s, t, v, sc, ex, lo, up)`;
}

/** Stores staged points with their roll-ups; returns how many were new. */
export async function storeStagedPoints(db: Db, source: SQL): Promise<number> {
  const result = await db.execute(sql`
    with stored as (
      insert into metric_point (series_id, ts, value, score, expected, lower, upper)
      ${source}
      on conflict do nothing
      returning series_id, ts, value, score, expected, lower, upper),
    minutes as (${minuteAggregates(sql`stored`)}),
    ${sql.join(
      ROLLUP_RESOLUTIONS.flatMap((r) => [sql`${sql.raw(`series_${r}`)} as (${rollupUpsert(sql`minutes`, r)})`, sql`${sql.raw(`lanes_${r}`)} as (${laneUpsert(sql`minutes`, r)})`]),
      sql`,\n`,
    )}
    select count(*)::int as stored from stored`);
  return Number(rowsOf(result)[0].stored);
}

/** Both steps at once, for callers outside ingest (benchmarks, tools): queued with ingest batches, which share the staging table. */
export async function insertPoints(db: Db, points: CheckedPoint[], outputs: (DetectorOutput | null)[]): Promise<number> {
  if (points.length === 0) return 0;
  return serialized(async () => storeStagedPoints(db, await stagePoints(db, points, outputs)));
}

function finite(v: number | undefined): number | null {
  return v !== undefined && Number.isFinite(v) ? v : null;
}
