// Scores the new points of one series with the plugin's detector. Points older than what the
// detector has already seen (late or re-sent) are stored unscored.
import type { AnomalyDetectionConfig } from '@/schemas';
import type { Db } from '../../db/client';
import type { DetectorOutput } from '../detectors';
import { detectorFor, type PointHistory } from '../detect/detector-cache';
import type { CheckedPoint } from './check-points';

export async function scoreSeries(
  db: Db,
  points: CheckedPoint[],
  config: AnomalyDetectionConfig,
  cacheOwner: Db = db,
  /** Where the detector catches up from, when the series is not kept in the console's database. */
  history?: PointHistory,
): Promise<(DetectorOutput | null)[]> {
  const { pluginId, metric } = points[0];
  const entry = await detectorFor(db, pluginId, metric, config, points[0].ts, cacheOwner, history);
  return points.map((p) => {
    if (p.ts <= entry.lastTs) return null;
    entry.lastTs = p.ts;
    return entry.detector.update({ timestamp: p.ts, value: p.value });
  });
}
