// The Overview's anomaly summary: how many in the last 24 hours and their trend per hour, then
// each affected plugin (worst first) linking to the Anomalies page filtered on it.
import Link from 'next/link';
import { CheckCircle2 } from 'lucide-react';
import type { AnomalyDto } from '@/lib/queries/metrics';
import { Badge } from '@/components/ui/badge';
import { HourlyBars } from '@/components/charts/hourly-bars';
import { formatAgo } from '@/components/charts/time-format';
import { hourlyCounts } from './hourly-counts';
import { ScoreBadge } from './score-badge';

export interface RecentAnomaliesProps {
  anomalies: AnomalyDto[];
  pluginNames: Map<string, string>;
  now: number;
}

/** An anomaly whose last flagged point is this recent may still be going on. */
const ONGOING_MS = 5 * 60_000;

export function RecentAnomalies({ anomalies, pluginNames, now }: RecentAnomaliesProps) {
  if (anomalies.length === 0) {
    return (
      <p className="flex items-center gap-2 text-sm text-muted">
        <CheckCircle2 className="h-4 w-4 text-success" aria-hidden /> No anomalies in the last 24 hours.
      </p>
    );
  }
  const isOngoing = (a: AnomalyDto) => now - Date.parse(a.endedAt) <= ONGOING_MS;
  const byPlugin = new Map<string, AnomalyDto[]>();
  for (const a of anomalies) byPlugin.set(a.pluginId, [...(byPlugin.get(a.pluginId) ?? []), a]);
  const groups = [...byPlugin]
    .map(([pluginId, list]) => ({
      pluginId,
      count: list.length,
      peak: Math.max(...list.map((a) => a.score)),
      last: Math.max(...list.map((a) => Date.parse(a.startedAt))),
      ongoing: list.filter(isOngoing).length,
    }))
    .sort((a, b) => b.ongoing - a.ongoing || b.peak - a.peak);
  const ongoing = anomalies.filter(isOngoing).length;
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="space-y-2">
        <p className="text-sm">
          <span className="text-2xl font-semibold tabular-nums">{anomalies.length}</span>{' '}
          <span className="text-muted">{anomalies.length === 1 ? 'anomaly' : 'anomalies'} in the last 24 hours</span>
          {ongoing > 0 && (
            <Badge tone="danger" className="ml-2">
              {ongoing} ongoing
            </Badge>
          )}
        </p>
        <HourlyBars config={{ label: 'anomalies', color: 'var(--danger)', height: 120 }} data={hourlyCounts(anomalies, now)} />
      </div>
      <ul className="divide-y divide-border text-sm" aria-label="Plugins with anomalies">
        {groups.map((g) => (
          <li key={g.pluginId}>
            <Link href={`/anomalies?plugin=${encodeURIComponent(g.pluginId)}`} className="flex items-center gap-3 rounded-md px-2 py-1.5 hover:bg-surface-2">
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{pluginNames.get(g.pluginId) ?? g.pluginId}</span>
                <span className="block text-xs text-muted">
                  {g.count} {g.count === 1 ? 'anomaly' : 'anomalies'} · latest {formatAgo(g.last, now)}
                </span>
              </span>
              {g.ongoing > 0 && <Badge tone="danger">ongoing</Badge>}
              <span title="Peak score" className="text-xs">
                <ScoreBadge score={g.peak} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
