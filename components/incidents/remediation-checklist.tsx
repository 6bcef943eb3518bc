'use client';
// The remediation plan as a checklist; ticks are the reader's own notes, kept in this browser
// per analysis (they are not an audit record).
import { useEffect, useState } from 'react';
import type { RootCauseAnalysisResult } from '@/schemas';

type Plan = NonNullable<RootCauseAnalysisResult['remediation']>;

export interface RemediationChecklistProps {
  plan: Plan;
  analysisId: string;
}

const GROUPS: { key: keyof Plan; title: string }[] = [
  { key: 'immediate', title: 'Now' },
  { key: 'shortTerm', title: 'In the coming days' },
  { key: 'longTerm', title: 'To prevent it' },
];

export function RemediationChecklist({ plan, analysisId }: RemediationChecklistProps) {
  const storageKey = `rca-checklist:${analysisId}`;
  const [done, setDone] = useState<Record<string, boolean>>({});
  useEffect(() => {
    try {
      setDone(JSON.parse(localStorage.getItem(storageKey) ?? '{}'));
    } catch {
      setDone({});
    }
  }, [storageKey]);
  const toggle = (id: string) =>
    setDone((d) => {
      const next = { ...d, [id]: !d[id] };
      localStorage.setItem(storageKey, JSON.stringify(next));
      return next;
    });
  return (
    <div className="space-y-4">
      {GROUPS.map(({ key, title }) =>
        plan[key].length ? (
          <fieldset key={key}>
            <legend className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</legend>
            <ul className="mt-1.5 space-y-1.5">
              {plan[key].map((step, i) => {
                const id = `${key}-${i}`;
                return (
                  <li key={id}>
                    <label className="flex cursor-pointer gap-2 text-sm">
                      <input type="checkbox" className="mt-0.5 h-4 w-4 shrink-0 accent-[var(--accent)]" checked={Boolean(done[id])} onChange={() => toggle(id)} />
                      <span className={done[id] ? 'text-muted line-through' : undefined}>{step}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ) : null,
      )}
    </div>
  );
}
