// What a refinement changed: one unified diff per file, added lines green, removed red.
import type { FileDiff } from '@/lib/generator/refine/diff-files';
import { Badge } from '@/components/ui/badge';
import { CodeView } from './code-view';

export interface DiffViewProps {
  diffs: FileDiff[];
  changes: string[];
}

const TONE = { added: 'success', removed: 'danger', modified: 'accent' } as const;

function lineClass(line: string): string | undefined {
  if (line.startsWith('+++') || line.startsWith('---')) return 'text-muted';
  if (line.startsWith('+')) return 'bg-success/10 text-success';
  if (line.startsWith('-')) return 'bg-danger/10 text-danger';
  if (line.startsWith('@@')) return 'text-accent';
  return undefined;
}

/** The patch without its `Index:`/`===` preamble, which repeats the path shown above it. */
function body(patch: string): string {
  const lines = patch.split('\n');
  const start = lines.findIndex((l) => l.startsWith('---'));
  return lines.slice(start === -1 ? 0 : start).join('\n');
}

export function DiffView({ diffs, changes }: DiffViewProps) {
  return (
    <div className="space-y-4">
      {changes.length > 0 && (
        <ul aria-label="What the follow-up changed" className="list-disc space-y-0.5 pl-5 text-sm">
          {changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {diffs.length === 0 ? (
        <p className="text-sm text-muted">No file changed.</p>
      ) : (
        diffs.map((d) => (
          <section key={d.path} aria-label={`Diff of ${d.path}`} className="space-y-1.5">
            <div className="flex items-center gap-2">
              <Badge tone={TONE[d.status]}>{d.status}</Badge>
              <span className="font-mono text-xs">{d.path}</span>
            </div>
            <CodeView text={body(d.patch)} label={`Changes to ${d.path}`} lineClass={lineClass} showNumbers={false} />
          </section>
        ))
      )}
    </div>
  );
}
