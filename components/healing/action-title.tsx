// The action type with its icon and the plugin it acts on: the heading of a proposal.
import { Bell, Eraser, Layers, RotateCcw, RefreshCw, SlidersHorizontal, Terminal, type LucideIcon } from 'lucide-react';
import type { ProposalDto } from '@/lib/queries/healing';

const ICONS: Record<string, LucideIcon> = {
  restart: RefreshCw,
  scale: Layers,
  rollback: RotateCcw,
  'clear-cache': Eraser,
  'adjust-config': SlidersHorizontal,
  'execute-script': Terminal,
  notify: Bell,
};

export interface ActionTitleProps {
  proposal: Pick<ProposalDto, 'actionType' | 'actionId' | 'pluginName' | 'pluginId'>;
}

export function ActionTitle({ proposal: p }: ActionTitleProps) {
  const Icon = ICONS[p.actionType] ?? Terminal;
  return (
    <h2 className="flex min-w-0 items-center gap-2 text-sm">
      <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-md bg-accent/10 text-accent">
        <Icon className="h-4 w-4" aria-hidden />
      </span>
      <span className="min-w-0">
        <span className="font-semibold">{p.actionType}</span> on <span className="font-semibold">{p.pluginName}</span>
        <span className="ml-2 font-mono text-xs text-muted">{p.actionId}</span>
      </span>
    </h2>
  );
}
