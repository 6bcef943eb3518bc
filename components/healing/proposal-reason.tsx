// Why the engine proposed an action: each trigger condition that held, in words, with the
// expression or pattern it came from; then what learning knows about the action.
import { Activity, FileWarning, HeartPulse, Sigma } from 'lucide-react';
import type { ConditionMatch, ProposalDto } from '@/lib/queries/healing';

const ICON = { healthStatus: HeartPulse, anomalyTypes: Activity, errorPatterns: FileWarning, customCondition: Sigma } as const;

function Source({ match }: { match: ConditionMatch }) {
  switch (match.kind) {
    case 'customCondition':
      return <code className="rounded bg-surface-2 px-1 font-mono text-xs">{match.expression}</code>;
    case 'errorPatterns':
      return (
        <span className="block truncate text-xs text-muted" title={match.example}>
          <code className="font-mono">/{match.pattern}/</code> e.g. “{match.example}”
        </span>
      );
    case 'anomalyTypes':
      return <span className="text-xs text-muted">trigger.anomalyTypes</span>;
    case 'healthStatus':
      return <span className="text-xs text-muted">trigger.healthStatus</span>;
  }
}

export interface ProposalReasonProps {
  proposal: ProposalDto;
}

export function ProposalReason({ proposal: p }: ProposalReasonProps) {
  return (
    <ul className="space-y-1.5">
      {p.reason.matches.map((m, i) => {
        const Icon = ICON[m.kind];
        return (
          <li key={i} className="flex items-start gap-2 text-sm">
            <Icon className="mt-0.5 h-4 w-4 shrink-0 text-warning" aria-hidden />
            <span className="min-w-0 space-y-0.5">
              <span className="block">{m.text}</span>
              <Source match={m} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export interface LearningNoteProps {
  proposal: ProposalDto;
}

/** The success rate of the same action for the same trigger, and what the feedback loop did. */
export function LearningNote({ proposal: p }: LearningNoteProps) {
  if (!p.reason.learning?.enabled) return <p className="text-xs text-muted">Learning is off for this plugin: outcomes are not recorded.</p>;
  const rate = p.successRate;
  const fb = p.reason.feedback;
  return (
    <div className="space-y-0.5 text-xs text-muted">
      <p>
        {rate ? (
          <>
            Past success:{' '}
            <span className={`font-medium tabular-nums ${rate.successes / rate.total >= 0.5 ? 'text-success' : 'text-danger'}`}>
              {rate.successes} of {rate.total} ({Math.round((100 * rate.successes) / rate.total)} %)
            </span>{' '}
            for this action when this trigger fired.
          </>
        ) : (
          'No past outcomes for this action and trigger yet.'
        )}
      </p>
      {fb && (
        <p>
          Feedback loop: priority lowered from {fb.basePriority} to {fb.basePriority + fb.penalty} after {fb.recentFailures} failure{fb.recentFailures === 1 ? '' : 's'} in a row.
        </p>
      )}
    </div>
  );
}
