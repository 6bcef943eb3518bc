// Which metrics of a plugin are watched and how: the AnomalyDetectionConfig inside the plugin's
// AIOps document (selfHealing.anomalyDetection), or the protocol defaults over every metric.
import { createHash } from 'node:crypto';
import { AIOpsMetricSchema, AnomalyDetectionConfigSchema, type AnomalyDetectionConfig } from '@/schemas';
import { draftDetection } from '../whatif/draft-config';
import type { Db } from '../../db/client';
import { getDocument } from '../../config-store/get-document';

/** The fallback rule lives in draftDetection (browser-safe), so previews and ingest agree. */
export async function detectionConfigFor(db: Db, pluginId: string): Promise<AnomalyDetectionConfig> {
  return AnomalyDetectionConfigSchema.parse(draftDetection((await getDocument(db, 'aiops', pluginId)).body));
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
