import type { Metadata } from 'next';
import Link from 'next/link';
import { Boxes } from 'lucide-react';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { fleetHealth } from '@/lib/aiops/query/fleet-health';
import { listAnomalies } from '@/lib/aiops/query/list-anomalies';
import { listAuditEvents } from '@/lib/audit/list-events';
import { listProposals } from '@/lib/healing/list-proposals';
import type { ProposalDto } from '@/lib/queries/healing';
import { PendingApprovalsSummary } from '@/components/healing/pending-approvals-summary';
import type { AnomalyDto } from '@/lib/queries/metrics';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { FleetHealthList } from '@/components/anomalies/fleet-health-list';
import { RecentAnomalies } from '@/components/anomalies/recent-anomalies';
import { LocalTime } from '@/components/shared/local-time';
import { loadPlugins } from './plugin-list';

export const metadata: Metadata = { title: 'Overview' };

const DAY_MS = 86_400_000;

export default async function OverviewPage() {
  const db = await getDb();
  const now = Date.now();
  const [plugins, recent, health, anomalies, pending] = await Promise.all([
    loadPlugins(),
    listAuditEvents(db, { limit: 8 }, { excludeKindPrefix: 'auth.' }),
    fleetHealth(db),
    listAnomalies(db, { from: now - DAY_MS, to: now }),
    listProposals(db, { status: ['pending'] }),
  ]);
  const pluginNames = new Map(plugins.map((p) => [p.id, p.name]));
  return (
    <>
      <PageHeader title="Overview" description="The state of your plugin fleet at a glance." />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card
            title="Anomalies · last 24 hours"
            actions={
              <Link href="/anomalies" className="text-sm text-accent hover:underline">
                Anomalies
              </Link>
            }
          >
            <RecentAnomalies anomalies={asJson<AnomalyDto[]>(anomalies)} pluginNames={pluginNames} now={now} />
          </Card>
          <Card
            title="Plugins"
            actions={
              <Link href="/plugins" className="text-sm text-accent hover:underline">
                Manage
              </Link>
            }
          >
            {plugins.length === 0 ? (
              <EmptyState icon={Boxes} title="No plugins yet">
                Register a plugin to start configuring it.
              </EmptyState>
            ) : (
              <ul className="grid gap-2 sm:grid-cols-2">
                {plugins.map((p) => (
                  <li key={p.id}>
                    <Link
                      href={`/plugins/${encodeURIComponent(p.id)}/sandbox`}
                      className="block rounded-md border border-border px-3 py-2 hover:border-accent/50 hover:bg-surface-2"
                    >
                      <span className="flex items-center justify-between gap-2">
                        <span className="font-medium">{p.name}</span>
                        {p.demo && <Badge tone="warning">demo</Badge>}
                      </span>
                      <span className="block font-mono text-xs text-muted">{p.id}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Fleet health">
            {health.length === 0 ? <p className="text-sm text-muted">No plugins to report on yet.</p> : <FleetHealthList plugins={health} now={now} />}
          </Card>
          <Card title={`Pending approvals${pending.length ? ` (${pending.length})` : ''}`}>
            <PendingApprovalsSummary proposals={asJson<ProposalDto[]>(pending.slice(0, 4))} total={pending.length} />
          </Card>
          <Card
            title="Recent changes"
            actions={
              <Link href="/audit" className="text-sm text-accent hover:underline">
                Audit log
              </Link>
            }
          >
            {recent.events.length === 0 ? (
              <p className="text-sm text-muted">Nothing has changed yet.</p>
            ) : (
              <ol className="space-y-2 text-sm">
                {recent.events.map((e) => (
                  <li key={e.id} className="flex flex-col">
                    <span className="font-medium">{e.kind}</span>
                    <span className="text-xs text-muted">
                      {e.actorName} · {e.target} · <LocalTime value={e.at} />
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
