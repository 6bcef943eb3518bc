import type { Metadata } from 'next';
import Link from 'next/link';
import { Activity, Boxes, HeartPulse } from 'lucide-react';
import { getDb } from '@/lib/db/client';
import { listPlugins } from '@/lib/plugins/list-plugins';
import { listAuditEvents } from '@/lib/audit/list-events';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Overview' };

export default async function OverviewPage() {
  const db = await getDb();
  const [plugins, recent] = await Promise.all([listPlugins(db), listAuditEvents(db, { limit: 8 }, { excludeKindPrefix: 'auth.' })]);
  return (
    <>
      <PageHeader title="Overview" description="The state of your plugin fleet at a glance." />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Plugins" className="lg:col-span-2" actions={<Link href="/plugins" className="text-sm text-accent hover:underline">Manage</Link>}>
          {plugins.length === 0 ? (
            <EmptyState icon={Boxes} title="No plugins yet">Register a plugin to start configuring it.</EmptyState>
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
        <Card title="Recent changes" actions={<Link href="/audit" className="text-sm text-accent hover:underline">Audit log</Link>}>
          {recent.events.length === 0 ? (
            <p className="text-sm text-muted">Nothing has changed yet.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {recent.events.map((e) => (
                <li key={e.id} className="flex flex-col">
                  <span className="font-medium">{e.kind}</span>
                  <span className="text-xs text-muted">
                    {e.actorName} · {e.target} · <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card title="Fleet health">
          <div className="flex items-start gap-3 text-sm text-muted">
            <Activity className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
            <p>Not available yet: health reports and anomalies appear here once metric ingest is running.</p>
          </div>
        </Card>
        <Card title="Pending approvals">
          <div className="flex items-start gap-3 text-sm text-muted">
            <HeartPulse className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
            <p>Not available yet: self-healing proposals that need an approver will wait here.</p>
          </div>
        </Card>
      </div>
    </>
  );
}
