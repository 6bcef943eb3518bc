import type { AnomalyDto } from '@/lib/queries/metrics';
import { formatDuration } from '@/components/charts/metric-format';

/** How long an anomaly lasted; one flagged point has no length, so say what it is. */
export function anomalyDuration(a: AnomalyDto): string {
  const ms = Date.parse(a.endedAt) - Date.parse(a.startedAt);
  return ms < 1000 ? 'single point' : formatDuration(ms);
}
