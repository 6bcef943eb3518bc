// Which metrics of a plugin are watched and how: the AnomalyDetectionConfig inside the plugin's
// AIOps document (selfHealing.anomalyDetection), or the protocol defaults over every metric.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AIOpsMetricSchema, AnomalyDetectionConfigSchema, type AnomalyDetectionConfig } from '@/schemas';
import { draftDetection } from '../whatif/draft-config';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows-of';
import { documentKinds } from '../../config-store/document-kinds';
import { getDocument } from '../../config-store/get-document';

/** The fallback rule lives in draftDetection (browser-safe), so previews and ingest agree. */
export async function detectionConfigFor(db: Db, pluginId: string): Promise<AnomalyDetectionConfig> {
  return AnomalyDetectionConfigSchema.parse(draftDetection((await getDocument(db, 'aiops', pluginId)).body));
}

/** The same for many plugins in one query (a poll round over a fleet). Detection holds no secrets. */
export async function detectionConfigsFor(db: Db, pluginIds: string[]): Promise<Map<string, AnomalyDetectionConfig>> {
  const ids = [...new Set(pluginIds)];
  const rows = ids.length
    ? rowsOf(
        await db.execute(sql`
          select distinct on (scope) scope, body from document
          where kind = 'aiops' and scope = any(${sql.param(ids.map((id) => `plugin:${id}`))}::text[])
          order by scope, version desc`),
      )
    : [];
  const bodies = new Map(rows.map((r) => [String(r.scope).slice('plugin:'.length), r.body]));
  return new Map(ids.map((id) => [id, AnomalyDetectionConfigSchema.parse(draftDetection(bodies.get(id) ?? documentKinds.aiops.initial(id)))]));
}

/** Only the protocol's metrics can be watched: a custom metric needs no plugin's config to know it is not. */
export function canBeWatched(metric: string): boolean {
  return (AIOpsMetricSchema.options as readonly string[]).includes(metric);
}

export function isWatched(config: AnomalyDetectionConfig, metric: string): boolean {
  return config.enabled && (config.metrics as string[]).includes(metric);
}

/** Changes to these fields restart the detector; alerting settings do not. */
export function detectorConfigHash(config: AnomalyDetectionConfig): string {
  const { algorithm, sensitivity, timeWindow } = config;
  return createHash('sha1').update(JSON.stringify({ algorithm, sensitivity, timeWindow })).digest('hex').slice(0, 16);
}
