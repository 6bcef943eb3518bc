// Anomalies per hour over the last `hours` hours, by the hour each one started (those that
// started earlier but were still open count in the first hour).
import type { AnomalyDto } from '@/lib/queries/metrics';

export function hourlyCounts(anomalies: AnomalyDto[], now: number, hours = 24): { t: number; count: number }[] {
  const HOUR = 3_600_000;
  const first = Math.floor(now / HOUR) * HOUR - (hours - 1) * HOUR;
  const out = Array.from({ length: hours }, (_, i) => ({ t: first + i * HOUR, count: 0 }));
  for (const a of anomalies) {
    const i = Math.floor((Date.parse(a.startedAt) - first) / HOUR);
    out[Math.min(hours - 1, Math.max(0, i))].count++;
  }
  return out;
}
