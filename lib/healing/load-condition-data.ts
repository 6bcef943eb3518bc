// Loads what a customCondition needs: for each name it mentions, the plugin's raw points over
// the longest FOR window plus the staleness margin (10-second data: a few hundred points).
import { sql } from 'drizzle-orm';
import type { ConditionNode } from '@/schemas/condition-language';
import type { Db } from '../db/client';
import { rowsOf } from '../aiops/ingest/write-points';
import { findSeriesId } from '../aiops/ingest/series-ids';
import { getDocument } from '../config-store/get-document';
import { lookBackByName, STALE_AFTER_MS, type ConditionSeries } from './evaluate-condition';
import { resolveConditionName } from './metric-names';

async function maxHeapOf(db: Db, pluginId: string): Promise<number | null> {
  const body = (await getDocument(db, 'sandbox', pluginId)).body as { memory?: { maxHeap?: number } };
  const v = body.memory?.maxHeap;
  return typeof v === 'number' && v > 0 ? v : null;
}

export async function loadConditionData(db: Db, pluginId: string, ast: ConditionNode, now: number): Promise<Map<string, ConditionSeries>> {
  const out = new Map<string, ConditionSeries>();
  for (const [name, forMs] of lookBackByName(ast)) {
    const { metric, derived } = resolveConditionName(name);
    const seriesId = await findSeriesId(db, pluginId, metric);
    if (seriesId === undefined) {
      out.set(name, { metric, points: [], note: `no ${metric} metric from this plugin` });
      continue;
    }
    let scale = 1;
    if (derived === 'heap-percent') {
      const maxHeap = await maxHeapOf(db, pluginId);
      if (!maxHeap) {
        out.set(name, { metric, points: [], note: 'heapUsedPercent needs memory.maxHeap in the sandbox settings' });
        continue;
      }
      scale = 100 / maxHeap;
    }
    const from = new Date(now - forMs - STALE_AFTER_MS).toISOString();
    const rows = rowsOf(
      await db.execute(sql`
        select round(extract(epoch from ts) * 1000)::float8 as ms, value from metric_point
        where series_id = ${seriesId} and ts >= ${from} and ts <= ${new Date(now).toISOString()}
        order by ts`),
    );
    out.set(name, { metric, points: rows.map((r) => ({ ts: Number(r.ms), value: Number(r.value) * scale })) });
  }
  return out;
}
