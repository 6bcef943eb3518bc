'use client';
// Records ({string: any}) as a key/value editor. Rows keep a stable id, so renaming a key keeps
// focus and value; free-form values accept any JSON. Secret records mask their values.
import { useMemo, useRef, useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { FieldShell } from '../field-shell';
import type { WidgetProps } from '../form-context';
import { newRow, rowsFrom, rowsToRecord, textToValue, typeOfValue, type RecordRow, type RecordValueKind } from '../record-rows';
import { isRedacted } from '../secret-marker';
import { useSchemaField } from '../use-schema-field';

export function RecordWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<Record<string, unknown>>(path, info);
  const kind: RecordValueKind = info.value?.kind === 'string' ? 'string' : info.value?.kind === 'number' ? 'number' : 'json';
  const secret = info.secret || !!info.value?.secret;
  const [rows, setRows] = useState<RecordRow[]>(() => rowsFrom(f.value, kind));
  const written = useRef(JSON.stringify(f.value ?? null));
  const [typingRid, setTypingRid] = useState<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // A change from outside (reset, text tab) rebuilds the rows; our own writes do not.
  const outside = JSON.stringify(f.value ?? null);
  if (outside !== written.current) {
    written.current = outside;
    setRows(rowsFrom(f.value, kind));
  }

  const problems = useMemo(() => rowsToRecord(rows, kind).problems, [rows, kind]);

  const update = (next: RecordRow[]) => {
    setRows(next);
    const { value } = rowsToRecord(next, kind);
    const out = Object.keys(value).length === 0 && info.optional ? undefined : value;
    written.current = JSON.stringify(out ?? null);
    f.setValue(out);
  };
  const edit = (rid: number, patch: Partial<RecordRow>) => update(rows.map((r) => (r.rid === rid ? { ...r, ...patch } : r)));
  const add = () => {
    const index = rows.length;
    setRows([...rows, newRow()]);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>(`[data-row-index="${index}"]`)?.focus());
  };

  return (
    <FieldShell info={info} ids={f.ids} error={f.error} value={f.value} readOnly={f.readOnly} labelFor={false}>
      <div
        ref={listRef}
        role="group"
        aria-labelledby={f.ids.labelId}
        aria-describedby={f.controlProps['aria-describedby']}
        className="space-y-2"
      >
        {rows.length === 0 && <p className="text-sm text-muted">No entries.</p>}
        {rows.map((row, i) => {
          const problem = problems.get(row.rid);
          const kept = secret && isRedacted(textToValue(row.text, kind));
          return (
            <div key={row.rid} className="space-y-1">
              <div className="flex items-center gap-2">
                <div className="w-2/5 shrink-0">
                  <Input
                    data-row-index={i}
                    id={i === 0 ? f.ids.id : undefined}
                    data-sf-path={i === 0 ? path : undefined}
                    aria-label={`Key ${i + 1}`}
                    aria-invalid={problem || f.error ? true : undefined}
                    className="font-mono"
                    placeholder="key"
                    value={row.key}
                    readOnly={f.readOnly}
                    onChange={(e) => edit(row.rid, { key: e.target.value })}
                    onBlur={f.onBlur}
                  />
                </div>
                <div className="min-w-0 flex-1">
                  <Input
                    aria-label={`Value of ${row.key || `key ${i + 1}`}`}
                    className="font-mono"
                    type={secret && typingRid !== row.rid ? 'password' : 'text'}
                    autoComplete={secret ? 'new-password' : 'off'}
                    placeholder={kept ? 'Stored secret kept: type to replace' : 'value'}
                    value={kept ? '' : row.text}
                    readOnly={f.readOnly}
                    onChange={(e) => {
                      if (secret) setTypingRid(row.rid);
                      edit(row.rid, { text: e.target.value });
                    }}
                    onBlur={() => {
                      setTypingRid(null);
                      f.onBlur();
                    }}
                  />
                </div>
                {kind === 'json' && !secret && (
                  <span className="w-14 shrink-0 text-right text-xs text-muted">{row.text === '' ? '' : typeOfValue(textToValue(row.text, kind))}</span>
                )}
                {!f.readOnly && (
                  <button
                    type="button"
                    onClick={() => update(rows.filter((r) => r.rid !== row.rid))}
                    className="inline-flex h-8 w-8 shrink-0 items-center justify-center rounded text-muted hover:bg-surface-2 hover:text-danger"
                    aria-label={`Remove ${row.key || `entry ${i + 1}`}`}
                  >
                    <Trash2 className="h-3.5 w-3.5" aria-hidden />
                  </button>
                )}
              </div>
              {problem && (
                <p role="alert" className="text-xs text-danger">
                  {problem}
                </p>
              )}
            </div>
          );
        })}
        {!f.readOnly && (
          <Button size="sm" variant="ghost" onClick={add}>
            <Plus className="h-3.5 w-3.5" aria-hidden />
            Add entry
          </Button>
        )}
      </div>
    </FieldShell>
  );
}
