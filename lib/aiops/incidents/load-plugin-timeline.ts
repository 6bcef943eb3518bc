// The per-plugin facts the grouping needs: how far the plugin's data goes (its "now", which
// during a history replay is in the past) and its health reports over a period.
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { healthReport } from '../../db/schema';
import { rowsOf } from '../../db/rows-of';
import type { HealthFacts } from './describe-incident';

/** The latest metric point or health report of the plugin (epoch ms), or null without data. */
export async function dataTimeOf(db: Db, pluginId: string): Promise<number | null> {
  const rows = rowsOf(
    await db.execute(sql`
      select greatest(
        (select max(p.ts) from metric_series s cross join lateral (select max(ts) as ts from metric_point where series_id = s.id) p where s.plugin_id = ${pluginId}),
        (select max(ts) from health_report where plugin_id = ${pluginId})
      ) as t`),
  );
  const t = rows[0]?.t;
  return t ? new Date(t as string | Date).getTime() : null;
}

export async function healthBetween(db: Db, pluginId: string, from: number, to: number): Promise<HealthFacts[]> {
  const rows = await db
    .select({ ts: healthReport.ts, status: healthReport.status, message: sql<string | null>`${healthReport.report}->>'message'` })
    .from(healthReport)
    .where(and(eq(healthReport.pluginId, pluginId), gte(healthReport.ts, new Date(from)), lte(healthReport.ts, new Date(to))))
    .orderBy(asc(healthReport.ts));
  return rows.map((r) => ({ ts: r.ts.getTime(), status: r.status, ...(r.message && { message: r.message }) }));
}
