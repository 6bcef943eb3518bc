'use client';
// The generation history: every generation (who, when, what was asked, how it ended), newest
// first; choosing one re-opens it.
import { Code2, GitBranch, History, MessageSquareText } from 'lucide-react';
import type { GenerationSummary } from '@/lib/queries/generator';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';

export interface HistoryListProps {
  generations: GenerationSummary[];
  openId: string | null;
  onOpen: (id: string) => void;
}

const STATUS: Record<GenerationSummary['status'], { tone: BadgeTone; label: string }> = {
  ok: { tone: 'success', label: 'ok' },
  failed: { tone: 'danger', label: 'failed' },
  running: { tone: 'accent', label: 'running' },
  interrupted: { tone: 'warning', label: 'interrupted' },
};

const INPUT_ICON = { prompt: MessageSquareText, dsl: Code2, refine: GitBranch };

function when(iso: string): string {
  const d = new Date(iso);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : d.toLocaleDateString([], { month: 'short', day: 'numeric' });
}

export function HistoryList({ generations, openId, onOpen }: HistoryListProps) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-border bg-surface shadow-sm">
      <h2 id="history-heading" className="flex items-center gap-2 border-b border-border px-4 py-3 text-sm font-semibold">
        <History className="h-4 w-4 text-muted" aria-hidden /> History
      </h2>
      {generations.length === 0 ? (
        <p className="px-4 py-6 text-sm text-muted">No generations yet. Each one is kept here with its prompt, options and result.</p>
      ) : (
        <ul className="max-h-[48rem] divide-y divide-border overflow-y-auto">
          {generations.map((g) => {
            const Icon = INPUT_ICON[g.input];
            const s = STATUS[g.status];
            return (
              <li key={g.id}>
                <button
                  type="button"
                  onClick={() => onOpen(g.id)}
                  aria-current={g.id === openId ? 'true' : undefined}
                  title={g.error ?? undefined}
                  className={cn('block w-full px-4 py-2.5 text-left hover:bg-surface-2', g.id === openId && 'shadow-[inset_3px_0_0_var(--accent)]')}
                >
                  <span className="flex items-start gap-2">
                    <Icon className="mt-0.5 h-3.5 w-3.5 shrink-0 text-muted" aria-label={g.input} />
                    <span className="line-clamp-2 min-w-0 flex-1 text-sm [overflow-wrap:anywhere]">{g.input === 'dsl' ? firstLine(g.prompt) : g.prompt || '(no prompt)'}</span>
                  </span>
                  <span className="mt-1 flex flex-wrap items-center gap-1.5 pl-5 text-xs text-muted">
                    <Badge tone={s.tone}>{s.label}</Badge>
                    {g.confidence !== null && <span>{g.confidence}%</span>}
                    <span className="truncate">{g.userName.split('@')[0]}</span>
                    <span>· {when(g.createdAt)}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function firstLine(dsl: string): string {
  return dsl.split('\n').find((l) => l.trim() && !l.startsWith('#'))?.trim() ?? 'DSL';
}
