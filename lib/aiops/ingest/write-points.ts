// Bulk writes with one statement per table (unnest over arrays): the fast path of ingest.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { DetectorOutput } from '../detectors';
import type { CheckedPoint } from './check-points';

/** Inserts points (duplicates of stored ones are ignored) and returns the ones really inserted. */
export async function insertPoints(db: Db, points: CheckedPoint[], outputs: (DetectorOutput | null)[]): Promise<CheckedPoint[]> {
  if (points.length === 0) return [];
  // sql.param keeps each array one parameter (a bare array would expand into a value list).
  const col = <T>(f: (p: CheckedPoint, o: DetectorOutput | null) => T) => sql.param(points.map((p, i) => f(p, outputs[i])));
  const result = await db.execute(sql`
    insert into metric_point (series_id, ts, value, score, expected, lower, upper)
    select * from unnest(
      ${col((p) => p.seriesId!)}::int[], ${col((p) => new Date(p.ts).toISOString())}::timestamptz[], ${col((p) => p.value)}::float8[],
      ${col((_, o) => o?.score ?? null)}::real[], ${col((_, o) => finite(o?.expected))}::real[],
      ${col((_, o) => finite(o?.lower))}::real[], ${col((_, o) => finite(o?.upper))}::real[])
    on conflict do nothing
    returning series_id, round(extract(epoch from ts) * 1000)::float8 as ms`);
  // The inserted rows, as the caller's points (duplicates of stored ones are left out).
  const byKey = new Map(points.map((p) => [`${p.seriesId}:${p.ts}`, p]));
  return rowsOf(result).map((r) => byKey.get(`${Number(r.series_id)}:${Number(r.ms)}`)!).filter(Boolean);
}

function finite(v: number | undefined): number | null {
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/** Rows of a raw query, for both drivers (node-postgres and PGlite answer alike). */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  return ((result as { rows?: Record<string, unknown>[] }).rows ?? []) as Record<string, unknown>[];
}
