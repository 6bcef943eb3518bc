// Which metrics of a plugin are watched and how: the AnomalyDetectionConfig inside the plugin's
// AIOps document (selfHealing.anomalyDetection), or the protocol defaults over every metric.
import { createHash } from 'node:crypto';
import { AIOpsMetricSchema, AnomalyDetectionConfigSchema, type AnomalyDetectionConfig } from '@/schemas';
import type { Db } from '../../db/client';
import { getDocument } from '../../config-store/get-document';

export const DEFAULT_DETECTION: AnomalyDetectionConfig = AnomalyDetectionConfigSchema.parse({ metrics: AIOpsMetricSchema.options });

export async function detectionConfigFor(db: Db, pluginId: string): Promise<AnomalyDetectionConfig> {
  const doc = (await getDocument(db, 'aiops', pluginId)).body as { selfHealing?: { anomalyDetection?: AnomalyDetectionConfig } };
  return doc.selfHealing?.anomalyDetection ?? DEFAULT_DETECTION;
}

export function isWatched(config: AnomalyDetectionConfig, metric: string): boolean {
  return config.enabled && (config.metrics as string[]).includes(metric);
}

/** Changes to these fields restart the detector; alerting settings do not. */
export function detectorConfigHash(config: AnomalyDetectionConfig): string {
  const { algorithm, sensitivity, timeWindow } = config;
  return createHash('sha1').update(JSON.stringify({ algorithm, sensitivity, timeWindow })).digest('hex').slice(0, 16);
}
