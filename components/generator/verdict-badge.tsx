// A file's verdict against @objectstack/spec: a check when it passes, a cross with the count
// of issues when it does not.
import { CircleAlert, CircleCheck } from 'lucide-react';
import type { FileVerdict } from '@/lib/generator/preview/validate-files';

export interface VerdictBadgeProps {
  verdict: FileVerdict | undefined;
}

export function VerdictBadge({ verdict }: VerdictBadgeProps) {
  if (!verdict) return null;
  if (verdict.status === 'valid') {
    return <CircleCheck className="h-3.5 w-3.5 shrink-0 text-success" aria-label={`valid ${verdict.kind}`} />;
  }
  const n = verdict.issues.length;
  return (
    <span className="inline-flex shrink-0 items-center gap-0.5 text-xs font-medium text-danger">
      <CircleAlert className="h-3.5 w-3.5" aria-hidden />
      {n}
      <span className="sr-only"> issue{n === 1 ? '' : 's'}</span>
    </span>
  );
}
