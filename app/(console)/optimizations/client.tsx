'use client';
// The Optimizations page's interactive part: suggestions per plugin with their evidence, a scan
// on demand, apply (review the diff, save a new version), dismiss with a reason, and revert.
import { useState } from 'react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Lightbulb } from 'lucide-react';
import { toast } from 'sonner';
import { apiFetch } from '@/lib/http/api-fetch';
import { documentQueries } from '@/lib/queries/documents';
import { optimizationQueries, type OptimizationView, type StatusFilter } from '@/lib/queries/optimizations';
import { pluginQueries } from '@/lib/queries/plugins';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/shared/query-error';
import { Segmented } from '@/components/settings/whatif/segmented';
import { ApplyDialog } from '@/components/optimizations/apply-dialog';
import { DismissDialog } from '@/components/optimizations/dismiss-dialog';
import { OptimizationCard } from '@/components/optimizations/optimization-card';
import { ScanControl } from '@/components/optimizations/scan-control';
import { optimizationsHref, parseStatus } from './search-params';

const FILTERS = [
  { id: 'open', label: 'Open' },
  { id: 'applied', label: 'Applied' },
  { id: 'dismissed', label: 'Dismissed' },
  { id: 'all', label: 'All' },
] as const;

interface ScanResponse {
  scans: { pluginId: string; created: number; refreshed: number; removed: number; autoApplied: string[] }[];
}

export function OptimizationsClient({ canEdit }: { canEdit: boolean }) {
  const status = parseStatus(new URLSearchParams(useSearchParams().toString()));
  const qc = useQueryClient();
  const plugins = useQuery(pluginQueries.list());
  const list = useQuery(optimizationQueries.list(status));
  const [applying, setApplying] = useState<OptimizationView | null>(null);
  const [dismissing, setDismissing] = useState<OptimizationView | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: optimizationQueries.all() });
  const setStatus = (s: StatusFilter) => window.history.pushState(null, '', optimizationsHref(s));

  const scan = useMutation({
    mutationFn: (pluginId: string | undefined) => apiFetch<ScanResponse>('/api/v1/optimizations/scan', { method: 'POST', body: pluginId ? { pluginId } : { all: true } }),
    onSuccess: async ({ scans }) => {
      const created = scans.reduce((n, s) => n + s.created, 0);
      const auto = scans.reduce((n, s) => n + s.autoApplied.length, 0);
      toast.success(
        scans.length === 0
          ? 'No plugin has optimization scans on: choose one to scan it anyway'
          : `Scanned ${scans.length} plugin${scans.length > 1 ? 's' : ''}: ${created} new suggestion${created === 1 ? '' : 's'}${auto ? `, ${auto} applied automatically` : ''}`,
      );
      await refresh();
    },
    onError: (err) => toast.error(err.message),
  });
  const apply = useMutation({
    mutationFn: (v: { o: OptimizationView; baseVersion: number; comment: string }) =>
      apiFetch<OptimizationView & { documentVersion: number }>(`/api/v1/optimizations/${v.o.id}/apply`, {
        method: 'POST',
        body: { baseVersion: v.baseVersion, comment: v.comment || undefined },
      }),
    onSuccess: async (r) => {
      toast.success(`Saved ${r.change?.documentKind} version ${r.documentVersion} of ${r.pluginId}`);
      setApplying(null);
      if (r.change) await qc.invalidateQueries({ queryKey: documentQueries.all(r.change.documentKind, r.pluginId) });
      await refresh();
    },
    onError: (err) => toast.error(err.message),
  });
  const dismiss = useMutation({
    mutationFn: (v: { o: OptimizationView; reason: string }) => apiFetch(`/api/v1/optimizations/${v.o.id}/dismiss`, { method: 'POST', body: { reason: v.reason } }),
    onSuccess: async () => {
      toast.success('Dismissed: it will not come back for the same evidence');
      setDismissing(null);
      await refresh();
    },
    onError: (err) => toast.error(err.message),
  });
  const revert = useMutation({
    mutationFn: (o: OptimizationView) => apiFetch<{ documentVersion: number }>(`/api/v1/optimizations/${o.id}/revert`, { method: 'POST' }),
    onSuccess: async (r, o) => {
      toast.success(`Reverted as ${o.change?.documentKind} version ${r.documentVersion}`);
      if (o.change) await qc.invalidateQueries({ queryKey: documentQueries.all(o.change.documentKind, o.pluginId) });
      await refresh();
    },
    onError: (err) => toast.error(err.message),
  });

  const names = new Map((plugins.data ?? []).map((p) => [p.id, p.name]));
  const groups = new Map<string, OptimizationView[]>();
  for (const o of list.data ?? []) groups.set(o.pluginId, [...(groups.get(o.pluginId) ?? []), o]);

  return (
    <>
      <PageHeader
        title="Optimizations"
        description="Suggestions drawn from each plugin's own metrics, events and configuration, with the evidence behind them. Configuration changes apply as a reviewed new document version."
        actions={canEdit ? <ScanControl plugins={plugins.data ?? []} busy={scan.isPending} onScan={(id) => scan.mutate(id)} /> : undefined}
      />
      <div className="space-y-6">
        <Segmented label="Show" options={FILTERS} value={status} onChange={setStatus} />
        {list.error ? (
          <QueryError what="the suggestions" error={list.error} onRetry={() => list.refetch()} />
        ) : groups.size === 0 ? (
          <EmptyState icon={Lightbulb} title={status === 'open' ? 'No open suggestions' : `No ${status === 'all' ? '' : `${status} `}suggestions`}>
            Scans run for plugins whose AIOps settings have optimization on, every scan interval.{' '}
            {canEdit ? 'Use Scan now to look at one plugin right away.' : ''} See a plugin&apos;s{' '}
            <Link href="/plugins" className="text-accent hover:underline">
              AIOps settings
            </Link>
            .
          </EmptyState>
        ) : (
          [...groups].map(([pluginId, items]) => (
            <section key={pluginId} aria-labelledby={`plugin-${pluginId}`} className="space-y-3">
              <h2 id={`plugin-${pluginId}`} className="flex items-baseline gap-2 text-base font-semibold">
                {names.get(pluginId) ?? pluginId}
                <span className="text-xs font-normal text-muted">
                  {items.length} suggestion{items.length > 1 ? 's' : ''} ·{' '}
                  <Link href={`/plugins/${encodeURIComponent(pluginId)}/aiops`} className="text-accent hover:underline">
                    AIOps settings
                  </Link>
                </span>
              </h2>
              {items.map((o) => (
                <OptimizationCard
                  key={o.id}
                  o={o}
                  canEdit={canEdit}
                  onApply={setApplying}
                  onDismiss={setDismissing}
                  onRevert={(x) => revert.mutate(x)}
                  reverting={revert.isPending && revert.variables?.id === o.id}
                />
              ))}
            </section>
          ))
        )}
      </div>
      <ApplyDialog key={`apply-${applying?.id}`} o={applying} busy={apply.isPending} onClose={() => setApplying(null)} onConfirm={(o, baseVersion, comment) => apply.mutate({ o, baseVersion, comment })} />
      <DismissDialog key={`dismiss-${dismissing?.id}`} o={dismissing} busy={dismiss.isPending} onClose={() => setDismissing(null)} onConfirm={(o, reason) => dismiss.mutate({ o, reason })} />
    </>
  );
}
