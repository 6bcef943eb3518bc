// Swim lanes: for every plugin, the highest anomaly score per time bucket across its
// metrics, so an operator sees at a glance which plugin misbehaves and since when. Read from
// the per-plugin score roll-ups that ingest keeps (update-rollups.ts): one row a plugin a cell.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows-of';
import { bucketIndex, chooseSource, firstBucket, resolutionOf } from './query-series';
import { parseTimeRange } from './time-range';

export interface ScoreLane {
  pluginId: string;
  /** [bucket start (epoch ms), max score 0..1] for buckets with scored points. */
  buckets: [number, number][];
}

export async function scoreLanes(db: Db, from: number, to: number, width: number): Promise<{ bucketMs: number; lanes: ScoreLane[] }> {
  // Lanes read the roll-ups even for short ranges (one-minute cells at the finest): an overview
  // across every plugin does not need 10-second detail.
  const chosen = chooseSource(to - from, width);
  const source = chosen.source === 'raw' ? 'rollup-1m' : chosen.source;
  const bucketMs = Math.max(60_000, chosen.bucketMs);
  const resolution = resolutionOf(source);
  const query = sql`select plugin_id, ${bucketIndex(sql`bucket`, from, bucketMs)} as b, max(max_score) as s
            from plugin_score_rollup
            where resolution = ${resolution} and bucket >= ${firstBucket(from, resolution)} and bucket < ${new Date(to).toISOString()}
            group by 1, 2`;
  const lanes = new Map<string, [number, number][]>();
  for (const r of rowsOf(await db.execute(query))) {
    const id = String(r.plugin_id);
    (lanes.get(id) ?? lanes.set(id, []).get(id)!).push([from + Number(r.b) * bucketMs, Number(r.s)]);
  }
  for (const l of lanes.values()) l.sort((a, b) => a[0] - b[0]);
  return { bucketMs, lanes: [...lanes].map(([pluginId, buckets]) => ({ pluginId, buckets })) };
}

/** GET /api/v1/anomalies/lanes: the lanes of a range written as the API takes it (`now-7d`, ISO). */
export async function getScoreLanes(db: Db, q: { from: string; to: string; width: number }, now = Date.now()) {
  const { from, to } = parseTimeRange(q.from, q.to, now);
  return { from, to, ...(await scoreLanes(db, from, to, q.width)) };
}
