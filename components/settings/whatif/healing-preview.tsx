'use client';
// The self-healing tab of the what-if panel: each edited action dry-run by the live engine's own
// trigger evaluation and planner over the plugin's history, with when its trigger held, what it
// would have proposed (and whether an approver would have been asked), and how often cooldown,
// maxAttempts or a proposal already waiting held it back.
import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Info } from 'lucide-react';
import { draftHealing } from '@/lib/aiops/whatif/draft-config';
import { whatifQueries, type HealingActionPreview, type HealingPreview, type PreviewRange } from '@/lib/queries/optimizations';
import { formatDuration } from '@/components/charts/metric-format';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { ApprovalMark, AutoMark, HealingTimeline, HoldSwatch } from './healing-timeline';
import { PeriodBars, periodLabel, type PeriodBarsConfig } from './period-bars';
import { PreviewError } from './preview-error';
import { PreviewStat } from './preview-stat';
import { useDebouncedValue } from './use-debounced-value';

export interface HealingPreviewViewProps {
  pluginId: string;
  draft: unknown;
  range: PreviewRange;
  width: number;
  dataWidth: number;
}

type Ok = Extract<HealingActionPreview, { ok: true }>;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const keyText = (key: string) => key.split('+').join(' + ');

function Legend() {
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-[11px] text-muted" aria-hidden>
      <span className="inline-flex items-center gap-1">
        <svg width={16} height={14} aria-hidden>
          <HoldSwatch x={0} y={0} w={16} />
        </svg>
        trigger held
      </span>
      <span className="inline-flex items-center gap-1">
        <svg width={10} height={10} aria-hidden>
          <AutoMark x={5} y={5} />
        </svg>
        would propose, engine approves
      </span>
      <span className="inline-flex items-center gap-1">
        <svg width={11} height={11} aria-hidden>
          <ApprovalMark x={5.5} y={5.5} />
        </svg>
        would propose, waits for approval
      </span>
    </p>
  );
}

function InvalidAction({ a }: { a: Extract<HealingActionPreview, { ok: false }> }) {
  return (
    <li className="rounded-md border border-border p-3 text-xs">
      <p className="font-medium">
        Action {a.index + 1}
        {a.id ? ` (${a.id})` : ''}: not valid yet, so not dry-run
      </p>
      <ul className="mt-1 list-disc pl-4 text-muted">
        {a.issues.slice(0, 3).map((i) => (
          <li key={i.path}>
            <code className="font-mono">{i.path || '(action)'}</code> {i.message}
          </li>
        ))}
      </ul>
    </li>
  );
}

function ActionCard({ a, p, range, width }: { a: Ok; p: HealingPreview; range: PreviewRange; width: number }) {
  const held = a.heldBack;
  const pass = formatDuration(p.stepMs);
  const bars: PeriodBarsConfig = {
    height: 72,
    saved: { label: 'Waits for approval', color: 'var(--warning)' },
    draft: { label: 'Engine approves', color: 'var(--accent)' },
    format: periodLabel(range),
  };
  const summary = `${a.action.id}: trigger held for ${formatDuration(a.holdSteps * p.stepMs)}; would propose ${plural(a.proposals, 'time')}${a.needApproval ? `, ${a.needApproval} waiting for approval` : ''}.`;
  return (
    <li className="rounded-md border border-border p-3" aria-label={`Action ${a.action.id}`}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-medium">
          {a.action.id} <span className="text-xs font-normal text-muted">· {a.action.type} · priority {a.action.priority}</span>
        </p>
        <span title={a.approval.why}>
          <Badge tone={a.approval.requiresApproval ? 'warning' : 'success'}>{a.approval.requiresApproval ? 'waits for approval' : 'engine approves'}</Badge>
        </span>
      </div>
      <dl className="mb-2 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-4" aria-label={`${a.action.id} dry run`}>
        <PreviewStat label="Would propose" value={plural(a.proposals, 'time')} hint={a.proposals ? `${a.needApproval} need approval` : undefined} />
        <PreviewStat label="Held back by cooldown" value={plural(held.cooldown, 'pass', 'passes')} hint={`cooldown ${formatDuration(a.action.cooldown * 1000)}`} />
        <PreviewStat label="Held back by maxAttempts" value={plural(held.maxAttempts, 'pass', 'passes')} hint={`at most ${a.action.maxAttempts} per episode`} />
        <PreviewStat label="Held back by a proposal already waiting" value={plural(held.live, 'pass', 'passes')} hint={`timeout ${formatDuration(a.action.timeout * 1000)}`} />
      </dl>
      <HealingTimeline data={a} from={p.from} to={p.to} bucketMs={p.bucketMs} width={width - 26} label={summary} />
      <p className="mt-1 text-[11px] text-muted">
        Trigger held for {a.holdSteps ? formatDuration(a.holdSteps * p.stepMs) : 'no engine pass'}
        {a.holdSteps > 0 && ` (${plural(a.holdSteps, 'pass', 'passes')} of ${pass})`}
        {a.triggers.length > 0 && <> · proposed on {a.triggers.map((t) => `${keyText(t.key)} ×${t.count}`).join(', ')}</>}
      </p>
      {a.proposals > 0 && (
        <div className="mt-2">
          <h4 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-muted">Proposals per {range === '7d' ? 'day' : 'hour'}</h4>
          <PeriodBars config={bars} data={a.periods} width={width - 26} />
        </div>
      )}
      {a.notes.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-[11px] text-muted">
          {a.notes.map((n) => (
            <li key={n} className="flex gap-1">
              <Info className="mt-px h-3 w-3 shrink-0" aria-hidden />
              {n}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function HealingPreviewView({ pluginId, draft, range, width, dataWidth }: HealingPreviewViewProps) {
  const block = useDebouncedValue(useMemo(() => JSON.stringify(draftHealing(draft)), [draft]), 250);
  const selfHealing = JSON.parse(block) as ReturnType<typeof draftHealing>;
  const q = useQuery({
    ...whatifQueries.healing(pluginId, { selfHealing, range, width: dataWidth, utcOffsetMinutes: -new Date().getTimezoneOffset() }),
    enabled: dataWidth > 0 && !!selfHealing?.actions.length,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
  if (!selfHealing) {
    return <p className="text-sm text-muted">This document has no self-healing settings. Switch on Self healing and add an action, and it is dry-run here as you edit it.</p>;
  }
  if (selfHealing.actions.length === 0) {
    return <p className="text-sm text-muted">The self-healing settings have no action yet. Add one and it is dry-run here against this plugin&apos;s history as you edit it.</p>;
  }
  const p = q.data;
  if (!p) return q.error ? <PreviewError error={q.error} what="self-healing" /> : <Skeleton className="h-48" />;
  const valid = p.actions.filter((a): a is Ok => a.ok);
  const total = valid.reduce((n, a) => n + a.proposals, 0);
  const waiting = valid.reduce((n, a) => n + a.needApproval, 0);
  const span = range === '7d' ? 'the last 7 days' : 'the last 24 hours';
  const quiet = valid.length > 0 && valid.every((a) => a.holdSteps === 0);
  return (
    <div className={q.isFetching ? 'opacity-70 transition-opacity' : 'transition-opacity'}>
      {q.error && <PreviewError error={q.error} what="self-healing" />}
      {!p.enabled ? (
        <p role="status" className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm">
          Self-healing is switched off in these settings: the engine evaluates nothing and proposes nothing. Switch it on to dry-run the actions below.
        </p>
      ) : (
        <dl aria-live="polite" aria-label="Self-healing dry run" className="grid grid-cols-2 gap-2 text-sm">
          <div className="rounded-md border border-border px-3 py-2">
            <dt className="text-xs text-muted">Would propose over {span}</dt>
            <dd className="font-semibold tabular-nums" data-testid="whatif-healing-total">
              {plural(total, 'proposal')}
              <span className="block text-xs font-normal text-muted">{waiting} waiting for approval</span>
            </dd>
          </div>
          <div className="rounded-md border border-border px-3 py-2">
            <dt className="text-xs text-muted">Actions whose trigger held</dt>
            <dd className="font-semibold tabular-nums">
              {valid.filter((a) => a.holdSteps > 0).length} of {valid.length}
              <span className="block text-xs font-normal text-muted">{p.actions.length - valid.length ? `${p.actions.length - valid.length} not valid yet` : 'all valid'}</span>
            </dd>
          </div>
        </dl>
      )}
      {p.enabled && quiet && (
        <p className="mt-3 text-sm text-muted">
          No trigger held at any engine pass over {span}, so nothing would have been proposed. The notes under an action say when the history lacks what its trigger reads.
        </p>
      )}
      {p.enabled && <Legend />}
      <ul className="mt-3 space-y-3" aria-label="Dry-run actions">
        {p.actions.map((a) => {
          if (!a.ok) return <InvalidAction key={a.index} a={a} />;
          return p.enabled ? <ActionCard key={a.index} a={a} p={p} range={range} width={width} /> : null;
        })}
      </ul>
      <p className="mt-3 text-[11px] text-muted">
        Dry run: the live engine&apos;s trigger evaluation and planner, replayed every {formatDuration(p.stepMs)} (its cadence) over {span} ({plural(p.steps, 'pass', 'passes')}) on the
        stored health reports, anomalies, warning and error lines, incidents and metrics the triggers read. It assumes nobody acts: a proposal the engine approves itself runs at once
        and ends with an unknown outcome; one that needs approval waits undecided until its timeout, then expires and its cooldown starts. It starts with no earlier proposals or
        outcomes, and heapUsedPercent uses today&apos;s sandbox memory.maxHeap. {p.computeMs} ms.
      </p>
    </div>
  );
}
