import { AlertTriangle, Info, ShieldAlert } from 'lucide-react';
import type { Advice } from '@/lib/advice/types';

export interface AdviceListProps {
  advice: Advice[];
}

const ICON = { risk: ShieldAlert, warning: AlertTriangle, info: Info } as const;
const TONE = { risk: 'text-danger', warning: 'text-warning', info: 'text-muted' } as const;

/** Advice beyond validity: risky settings that do not block saving, each with its reason. */
export function AdviceList({ advice }: AdviceListProps) {
  return (
    <ul className="space-y-2">
      {advice.map((a) => {
        const Icon = ICON[a.severity];
        return (
          <li key={`${a.title}:${a.path}`} className="flex gap-2 text-sm">
            <Icon className={`mt-0.5 h-4 w-4 shrink-0 ${TONE[a.severity]}`} aria-label={a.severity} />
            <div className="min-w-0">
              <p className="font-medium">{a.title}</p>
              <p className="text-xs text-muted">{a.reason}</p>
              <code className="font-mono text-[11px] text-muted">{a.path}</code>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
