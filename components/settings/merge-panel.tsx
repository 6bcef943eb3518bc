'use client';
// The merge choice of the 409 dialog: their version with my changes applied, shown as a diff on
// top of theirs; a field both of us changed differently is shown side by side to choose from.
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { diffDocuments } from '@/lib/config-store/diff-documents';
import { resolveConflicts, type MergeConflict, type MergeResult } from '@/lib/config-store/merge-documents';
import { introspect, labelTrail } from '@/components/schema-form/introspect';
import { ChangeList } from '@/components/shared/change-list';
import { cn } from '@/components/ui/cn';

export interface MergePanelProps {
  result: MergeResult;
  theirs: unknown;
  mine: unknown;
  schema: z.core.$ZodType;
  secretPaths: readonly string[];
  /** The merged document once every conflict has a choice, else null. */
  onResolved: (merged: unknown | null) => void;
}

const show = (v: unknown, secret?: boolean) => (v === undefined ? '(not set)' : secret ? `${JSON.stringify(v)} (secret, never shown)` : JSON.stringify(v));

export function MergePanel({ result, theirs, mine, schema, secretPaths, onResolved }: MergePanelProps) {
  const [choices, setChoices] = useState<Record<string, 'theirs' | 'mine'>>({});
  const root = useMemo(() => introspect(schema), [schema]);
  const merged = useMemo(() => resolveConflicts(result.merged, mine, result.conflicts, choices), [result, mine, choices]);
  const changes = useMemo(() => diffDocuments(theirs, merged, secretPaths), [theirs, merged, secretPaths]);
  const choose = (c: MergeConflict, side: 'theirs' | 'mine') => {
    const next = { ...choices, [c.path]: side };
    setChoices(next);
    const done = result.conflicts.every((x) => next[x.path]);
    onResolved(done ? resolveConflicts(result.merged, mine, result.conflicts, next) : null);
  };

  return (
    <section aria-labelledby="merge-title" className="mt-5 space-y-3">
      <h3 id="merge-title" className="text-sm font-semibold">
        {result.conflicts.length === 0 ? 'Merge: their version with your changes' : `Merge: ${result.conflicts.length} field(s) changed on both sides`}
      </h3>
      {result.conflicts.length > 0 && (
        <ul aria-label="Fields changed on both sides" className="space-y-3">
          {result.conflicts.map((c) => {
            const label = c.path ? labelTrail(root, c.path).join(' › ') : '(document)';
            return (
              <li key={c.path}>
                <fieldset className="rounded-md border border-border p-3">
                  <legend className="px-1 text-xs font-semibold" title={c.path}>
                    {label}
                  </legend>
                  <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                    {(['theirs', 'mine'] as const).map((side) => (
                      <label
                        key={side}
                        className={cn(
                          'flex min-w-0 cursor-pointer items-start gap-2 rounded-md border px-2 py-1.5 text-sm',
                          choices[c.path] === side ? 'border-accent bg-accent/5' : 'border-border hover:bg-surface-2',
                        )}
                      >
                        <input type="radio" name={`merge-${c.path}`} className="mt-1" checked={choices[c.path] === side} onChange={() => choose(c, side)} />
                        <span className="min-w-0">
                          <span className="block text-xs text-muted">{side === 'theirs' ? 'Keep theirs' : 'Use mine'}</span>
                          <span className="block break-all font-mono text-xs">{show(side === 'theirs' ? c.theirs : c.mine, c.secret)}</span>
                        </span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      <p className="text-xs text-muted">What saving the merge changes in their version{result.conflicts.length ? ' (with the choices above)' : ''}:</p>
      <ChangeList changes={changes} schema={schema} empty="Nothing: their version already has your changes." />
    </section>
  );
}
