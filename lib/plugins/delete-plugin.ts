// Deleting a plugin removes it, its documents and its monitoring data; the audit trail stays
// (it is append-only and refers to the plugin by id, not by a foreign key).
import { eq, inArray, sql } from 'drizzle-orm';
import { anomaly, detectorState, document, healthReport, metricPoint, metricRollup, metricSeries, plugin, pluginEvent, pluginScoreRollup, prometheusPoll } from '../db/schema';
import { forgetSeries } from '../aiops/ingest/series-ids';
import { clearDetectorCache } from '../aiops/detect/detector-cache';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { appendAuditEvent } from '../audit/append-event';
import { getPlugin } from './get-plugin';

export async function deletePlugin(db: Db, actor: Actor, id: string): Promise<void> {
  const before = await getPlugin(db, id);
  await db.transaction(async (tx) => {
    const series = (await tx.select({ id: metricSeries.id }).from(metricSeries).where(eq(metricSeries.pluginId, id))).map((r) => r.id);
    if (series.length) {
      await tx.delete(metricPoint).where(inArray(metricPoint.seriesId, series));
      await tx.delete(metricRollup).where(inArray(metricRollup.seriesId, series));
      await tx.delete(metricSeries).where(inArray(metricSeries.id, series));
    }
    for (const table of [anomaly, detectorState, prometheusPoll, healthReport, pluginEvent, pluginScoreRollup]) await tx.delete(table).where(eq(table.pluginId, id));
    await tx.delete(document).where(eq(document.scope, `plugin:${id}`));
    await tx.delete(plugin).where(eq(plugin.id, id));
    // Others stop depending on it, so their next edit does not meet an unknown dependency.
    await tx.update(plugin).set({ dependsOn: sql`${plugin.dependsOn} - ${id}::text` }).where(sql`${plugin.dependsOn} ? ${id}::text`);
    await appendAuditEvent(tx, actor, { kind: 'plugin.delete', target: `plugin:${id}`, details: { name: before.name } });
  });
  forgetSeries(db, id);
  clearDetectorCache(db, id);
}
