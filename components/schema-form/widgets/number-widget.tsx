'use client';
// Numbers: typed as text so partial input ("1.", "-") is not lost; the schema decides what is
// valid. The unit from the description sits beside the input, with a friendlier reading.
import { useState } from 'react';
import { Input } from '@/components/ui/input';
import { FieldShell } from '../field-shell';
import type { WidgetProps } from '../form-context';
import { unitHint } from '../labels';
import { useSchemaField } from '../use-schema-field';

/** '' → undefined, a number → that number, anything else stays text (and fails validation). */
export function parseNumberDraft(draft: string): number | string | undefined {
  const trimmed = draft.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : draft;
}

export function NumberWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<number | string>(path, info);
  const shown = f.value === undefined || f.value === null ? '' : String(f.value);
  const [draft, setDraft] = useState(shown);
  // Follow outside changes (reset, text tab) without fighting the user's own typing.
  if (parseNumberDraft(draft) !== f.value && !(draft.trim() === '' && f.value === undefined) && shown !== draft) {
    setDraft(shown);
  }
  const change = (text: string) => {
    setDraft(text);
    f.setValue(parseNumberDraft(text));
  };
  const step = (direction: 1 | -1) => {
    const current = typeof f.value === 'number' ? f.value : (info.min ?? 0);
    let next = current + direction * (info.multipleOf ?? 1);
    if (info.min !== undefined && next < info.min) next = info.min;
    if (info.max !== undefined && next > info.max) next = info.max;
    change(String(next));
  };
  const hint = unitHint(f.value, info.unit);
  return (
    <FieldShell info={info} ids={f.ids} error={f.error} value={f.value} readOnly={f.readOnly} onReset={() => change(String(info.defaultValue))}>
      <div className="flex items-center gap-2">
        <div className="flex w-full max-w-xs items-stretch">
          <Input
            {...f.controlProps}
            ref={f.ref}
            value={draft}
            readOnly={f.readOnly}
            inputMode={info.integer ? 'numeric' : 'decimal'}
            autoComplete="off"
            className={info.unit ? 'rounded-r-none' : undefined}
            onChange={(e) => change(e.target.value)}
            onBlur={f.onBlur}
            onKeyDown={(e) => {
              if (f.readOnly) return;
              if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                e.preventDefault();
                step(e.key === 'ArrowUp' ? 1 : -1);
              }
            }}
          />
          {info.unit && (
            <span className="inline-flex items-center rounded-r-md border border-l-0 border-border bg-surface-2 px-2.5 text-xs text-muted">
              {info.unit}
            </span>
          )}
        </div>
        {hint && <span className="text-xs whitespace-nowrap text-muted">= {hint}</span>}
      </div>
    </FieldShell>
  );
}
