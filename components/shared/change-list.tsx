import type { DocumentChange } from '@/lib/config-store/diff-documents';
import { Badge } from '@/components/ui/badge';

export interface ChangeListProps {
  changes: DocumentChange[];
  empty?: string;
}

const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/** A document diff as a list of changed paths with their before and after values. */
export function ChangeList({ changes, empty = 'No differences.' }: ChangeListProps) {
  if (changes.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-border rounded-md border border-border text-sm" aria-label="Changes">
      {changes.map((c) => (
        <li key={`${c.op}:${c.path}`} className="grid grid-cols-[5rem_1fr] gap-3 px-3 py-2">
          <Badge tone={c.op === 'add' ? 'success' : c.op === 'remove' ? 'danger' : 'warning'} className="h-fit justify-center">
            {c.op === 'add' ? 'added' : c.op === 'remove' ? 'removed' : 'changed'}
          </Badge>
          <div className="min-w-0">
            <code className="font-mono text-xs font-semibold">{c.path || '(document)'}</code>
            <div className="mt-0.5 break-all font-mono text-xs">
              {c.op !== 'add' && <span className="text-danger line-through decoration-danger/50">{show(c.before)}</span>}
              {c.op === 'change' && <span className="px-1.5 text-muted">→</span>}
              {c.op !== 'remove' && <span className="text-success">{show(c.after)}</span>}
              {c.secret && <span className="ml-2 text-muted">(secret, never shown)</span>}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
