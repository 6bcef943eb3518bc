// Reads the raw history the what-if previews replay while the AIOps page loads in the browser,
// so the first preview only runs detectors: reading 8 days of 8 metrics is most of a cold
// preview (about 0.5 s of the embedded database's time).
import type { Db } from '../../db/client';
import { detectionConfigFor } from '../detect/detection-config';
import { rawSeries } from './raw-series';
import { storedMetrics } from './stored-metrics';

export async function warmPreviews(db: Db, pluginId: string, now = Date.now()): Promise<number> {
  const saved = await detectionConfigFor(db, pluginId);
  // The saved selection, switched on or not: the operator is likely to preview it.
  const selected = new Set<string>(saved.metrics);
  const metrics = (await storedMetrics(db, pluginId)).filter((m) => selected.has(m));
  for (const m of metrics) await rawSeries(db, pluginId, m, now);
  return metrics.length;
}
