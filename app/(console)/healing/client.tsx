'use client';
// The Healing page's interactive part: the approval queue (approve or reject one proposal or
// several, with a comment) and the history timeline. The tab and filters live in the URL.
import { useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { Check, CheckCheck, History, X } from 'lucide-react';
import { SelfHealingActionTypeSchema } from '@/schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { healingQueries, type ProposalDto } from '@/lib/queries/healing';
import { pluginQueries } from '@/lib/queries/plugins';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { cn } from '@/components/ui/cn';
import { LiveBadge } from '@/components/shared/live-badge';
import { QueryError } from '@/components/shared/query-error';
import { DecisionDialog } from '@/components/healing/decision-dialog';
import { HealingExplainer } from '@/components/healing/healing-explainer';
import { HistoryTimeline } from '@/components/healing/history-timeline';
import { ProposalCard } from '@/components/healing/proposal-card';
import { HealingSkeleton } from '@/components/healing/healing-skeleton';
import { healingHref, parseHealingParams, proposalFilter, type HealingView } from './search-params';

const REFRESH_MS = 10_000;
const ACTION_TYPES = SelfHealingActionTypeSchema.options.map((t) => ({ value: t, label: t }));

export interface HealingClientProps {
  canDecide: boolean;
}

type Pending = { decision: 'approve' | 'reject'; ids: string[]; subject: string } | null;

export function HealingClient({ canDecide }: HealingClientProps) {
  const view = parseHealingParams(new URLSearchParams(useSearchParams().toString()));
  const go = (next: Partial<HealingView>) => window.history.pushState(null, '', healingHref({ ...view, ...next }));
  const queue = useQuery({ ...healingQueries.proposals(proposalFilter(view, 'queue')), refetchInterval: REFRESH_MS });
  const history = useQuery({ ...healingQueries.proposals(proposalFilter(view, 'history')), refetchInterval: REFRESH_MS, enabled: view.tab === 'history' });
  const plugins = useQuery(pluginQueries.list());
  const qc = useQueryClient();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);

  const waiting = queue.data ?? [];
  const chosen = waiting.filter((p) => selected.has(p.id));
  const open = (decision: 'approve' | 'reject', list: ProposalDto[]) =>
    setPending({ decision, ids: list.map((p) => p.id), subject: list.length === 1 ? `${list[0].actionType} on ${list[0].pluginName}` : `${list.length} proposals` });

  const decide = async (comment: string) => {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.ids.length === 1) {
        await apiFetch(`/api/v1/healing/proposals/${encodeURIComponent(pending.ids[0])}/${pending.decision}`, { method: 'POST', body: comment ? { comment } : {} });
        toast.success(pending.decision === 'approve' ? `Approved ${pending.subject}: it runs once, shortly` : `Rejected ${pending.subject}`);
      } else {
        const { results } = await apiFetch<{ results: { id: string; ok: boolean; error?: string }[] }>('/api/v1/healing/proposals/bulk', {
          method: 'POST',
          body: { ids: pending.ids, decision: pending.decision, comment: comment || undefined },
        });
        const failed = results.filter((r) => !r.ok);
        const done = results.length - failed.length;
        if (done) toast.success(`${pending.decision === 'approve' ? 'Approved' : 'Rejected'} ${done} proposal${done === 1 ? '' : 's'}`);
        if (failed.length) toast.error(`${failed.length} not changed: ${failed[0].error}`);
      }
      setSelected(new Set());
      setPending(null);
    } catch (err) {
      toast.error(err instanceof Error ? err.message : String(err));
      setPending(null);
    } finally {
      setBusy(false);
      await qc.invalidateQueries({ queryKey: healingQueries.all() });
    }
  };

  const tabs = [
    { id: 'queue' as const, label: `Approval queue${queue.data ? ` (${waiting.length})` : ''}` },
    { id: 'history' as const, label: 'History' },
  ];

  return (
    <>
      <PageHeader
        title="Healing"
        description="Self-healing actions the engine proposed. Approved actions run exactly once; the history shows who decided, what ran and how it ended."
        actions={<LiveBadge live everySeconds={REFRESH_MS / 1000} />}
      />
      <div className="space-y-5">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div role="group" aria-label="View" className="inline-flex rounded-md border border-border bg-surface p-0.5">
            {tabs.map((t) => (
              <button
                key={t.id}
                type="button"
                aria-pressed={view.tab === t.id}
                onClick={() => go({ tab: t.id })}
                className={cn('rounded px-3 py-1.5 text-sm', view.tab === t.id ? 'bg-accent/10 font-medium text-accent' : 'text-muted hover:text-fg')}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <FilterSelect
              id="healing-plugin"
              label="Plugin"
              anyLabel="All plugins"
              className="w-48"
              options={(plugins.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={view.plugin}
              onChange={(plugin) => go({ plugin })}
            />
            <FilterSelect
              id="healing-type"
              label="Action"
              anyLabel="All actions"
              className="w-40"
              options={ACTION_TYPES}
              value={view.type}
              onChange={(type) => go({ type })}
            />
          </div>
        </div>

        {view.tab === 'queue' ? (
          queue.error ? (
            <QueryError what="the approval queue" error={queue.error} onRetry={() => queue.refetch()} />
          ) : !queue.data ? (
            <HealingSkeleton />
          ) : waiting.length === 0 ? (
            <EmptyState icon={CheckCheck} title="Nothing waiting for approval">
              When a plugin&apos;s self-healing trigger holds and its action needs an approver, the proposal waits here until it is approved, rejected or expires.
            </EmptyState>
          ) : (
            <section aria-label="Approval queue" className="space-y-3">
              {canDecide && (
                <div className="flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface px-3 py-2 text-sm">
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      className="h-4 w-4 accent-[var(--accent)]"
                      checked={chosen.length === waiting.length}
                      onChange={(e) => setSelected(new Set(e.target.checked ? waiting.map((p) => p.id) : []))}
                    />
                    Select all
                  </label>
                  <span className="text-muted">{chosen.length} selected</span>
                  <span className="ml-auto flex gap-2">
                    <Button size="sm" disabled={chosen.length === 0} onClick={() => open('reject', chosen)}>
                      <X className="h-3.5 w-3.5" aria-hidden /> Reject selected
                    </Button>
                    <Button size="sm" variant="primary" disabled={chosen.length === 0} onClick={() => open('approve', chosen)}>
                      <Check className="h-3.5 w-3.5" aria-hidden /> Approve selected
                    </Button>
                  </span>
                </div>
              )}
              {waiting.map((p) => (
                <ProposalCard
                  key={p.id}
                  proposal={p}
                  canDecide={canDecide}
                  selected={selected.has(p.id)}
                  onSelect={(on) => setSelected((s) => (on ? new Set(s).add(p.id) : new Set([...s].filter((x) => x !== p.id))))}
                  onDecide={(d) => open(d, [p])}
                  refetchMs={REFRESH_MS}
                />
              ))}
            </section>
          )
        ) : history.error ? (
          <QueryError what="the healing history" error={history.error} onRetry={() => history.refetch()} />
        ) : !history.data ? (
          <HealingSkeleton />
        ) : history.data.length === 0 ? (
          <EmptyState icon={History} title="No decided proposals yet">
            Approved, rejected, expired and executed actions appear here with who decided, what ran and how it ended.
          </EmptyState>
        ) : (
          <HistoryTimeline proposals={history.data} refetchMs={REFRESH_MS} />
        )}
        <HealingExplainer />
      </div>
      <DecisionDialog decision={pending?.decision ?? null} subject={pending?.subject ?? ''} busy={busy} onCancel={() => setPending(null)} onConfirm={decide} />
    </>
  );
}
