// Fleet health for the Overview: each plugin's latest reported status, when it reported, its
// message and the dependencies it says are unhealthy. Rendered on the server.
import Link from 'next/link';
import type { PluginHealth } from '@/lib/queries/metrics';
import { formatAgo } from '@/components/charts/time-format';
import { HealthDot } from './health-dot';

export interface FleetHealthListProps {
  plugins: PluginHealth[];
  now: number;
}

/** A report older than this is shown as stale: the plugin may have stopped reporting. */
const STALE_MS = 15 * 60_000;

const STATUS_TEXT: Record<string, string> = {
  healthy: 'text-success',
  degraded: 'text-warning',
  recovering: 'text-accent',
  unhealthy: 'text-danger',
  failed: 'text-danger',
};

export function FleetHealthList({ plugins, now }: FleetHealthListProps) {
  const counts = plugins.reduce<Record<string, number>>((m, p) => ({ ...m, [p.status]: (m[p.status] ?? 0) + 1 }), {});
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">
        {Object.entries(counts)
          .map(([status, n]) => `${n} ${status}`)
          .join(' · ')}
      </p>
      <ul className="divide-y divide-border">
        {plugins.map((p) => {
          const stale = p.reportedAt !== null && now - Date.parse(p.reportedAt) > STALE_MS;
          return (
            <li key={p.pluginId} className="py-2 first:pt-0 last:pb-0">
              <div className="flex items-center gap-2">
                <HealthDot status={p.status} />
                <Link
                  href={`/anomalies?plugin=${encodeURIComponent(p.pluginId)}`}
                  className="min-w-0 flex-1 truncate text-sm font-medium hover:text-accent hover:underline"
                >
                  {p.name}
                </Link>
                <span className={`whitespace-nowrap text-xs font-medium ${STATUS_TEXT[p.status] ?? 'text-muted'}`}>{p.status}</span>
              </div>
              <div className="pl-4.5 text-xs text-muted">
                <p className={stale ? 'text-warning' : undefined}>
                  {p.reportedAt ? (
                    <>
                      {stale ? 'Stale: last report ' : 'Reported '}
                      <time dateTime={p.reportedAt} title={p.reportedAt}>
                        {formatAgo(p.reportedAt, now)}
                      </time>
                    </>
                  ) : (
                    'Never reported'
                  )}
                </p>
                {p.message && <p className="line-clamp-2">{p.message}</p>}
                {p.unhealthyDependencies.length > 0 && (
                  <p>
                    Unhealthy dependencies: <span className="font-mono text-danger">{p.unhealthyDependencies.join(', ')}</span>
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
