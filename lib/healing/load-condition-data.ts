// Loads what the customConditions of one engine pass need: for each name they mention, once,
// the plugin's raw points over the longest FOR window any action needs (conditionLookBacks) plus
// the staleness margin (10-second data: a few hundred points); ConditionWindows cuts each
// action's window from them. Which stored series a name reads, and its scale, come from
// conditionSource (the dry run resolves names with it too); the window from fact-windows.ts.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows-of';
import { findSeriesId } from '../aiops/ingest/series-ids';
import { getDocument } from '../config-store/get-document';
import type { ConditionHistory } from './condition-windows';
import { conditionWindowStart } from './fact-windows';
import { resolveConditionName } from './metric-names';

async function maxHeapOf(db: Db, pluginId: string): Promise<number | null> {
  const body = (await getDocument(db, 'sandbox', pluginId)).body as { memory?: { maxHeap?: number } };
  const v = body.memory?.maxHeap;
  return typeof v === 'number' && v > 0 ? v : null;
}

/** Where a condition name's values come from: a stored series and the factor its values take, or why there is none. */
export type ConditionSource = { metric: string; seriesId: number; scale: number } | { metric: string; note: string };

export async function conditionSource(db: Db, pluginId: string, name: string): Promise<ConditionSource> {
  const { metric, derived } = resolveConditionName(name);
  const seriesId = await findSeriesId(db, pluginId, metric);
  if (seriesId === undefined) return { metric, note: `no ${metric} metric from this plugin` };
  if (derived === 'heap-percent') {
    const maxHeap = await maxHeapOf(db, pluginId);
    if (!maxHeap) return { metric, note: 'heapUsedPercent needs memory.maxHeap in the sandbox settings' };
    return { metric, seriesId, scale: 100 / maxHeap };
  }
  return { metric, seriesId, scale: 1 };
}

/** `lookBack`: condition name → the longest FOR window (ms) to read for it. */
export async function loadConditionData(db: Db, pluginId: string, lookBack: ReadonlyMap<string, number>, now: number): Promise<Map<string, ConditionHistory>> {
  const out = new Map<string, ConditionHistory>();
  for (const [name, forMs] of lookBack) {
    const source = await conditionSource(db, pluginId, name);
    if ('note' in source) {
      out.set(name, { metric: source.metric, note: source.note });
      continue;
    }
    const from = new Date(conditionWindowStart(forMs, now)).toISOString();
    const rows = rowsOf(
      await db.execute(sql`
        select round(extract(epoch from ts) * 1000)::float8 as ms, value from metric_point
        where series_id = ${source.seriesId} and ts >= ${from} and ts <= ${new Date(now).toISOString()}
        order by ts`),
    );
    out.set(name, { metric: source.metric, points: rows.map((r) => ({ ts: Number(r.ms), value: Number(r.value) * source.scale })) });
  }
  return out;
}
