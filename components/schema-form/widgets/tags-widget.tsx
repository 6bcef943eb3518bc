'use client';
// Arrays of strings or numbers as tags: Enter, comma or paste adds entries, each checked
// against the element schema (a port must be a number) before it is added.
import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { X } from 'lucide-react';
import { z } from 'zod';
import { cn } from '@/components/ui/cn';
import { FieldShell } from '../field-shell';
import type { WidgetProps } from '../form-context';
import type { SchemaInfo } from '../introspect';
import { humanizeIssue } from '../messages';
import { useSchemaField } from '../use-schema-field';

type Entry = string | number;

/** Turns typed text into an entry for the element schema, or says why it cannot be one. */
export function parseTagEntry(text: string, element: SchemaInfo): { value?: Entry; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const candidate: unknown = element.kind === 'number' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
  const result = z.safeParse(element.schema, candidate);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { error: `“${trimmed}”: ${humanizeIssue(issue, { info: element, value: candidate }).replace(/^./, (c) => c.toLowerCase())}` };
  }
  return { value: candidate as Entry };
}

export function TagsWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<Entry[]>(path, info);
  const [draft, setDraft] = useState('');
  const [entryError, setEntryError] = useState<string>();
  const element = info.element as SchemaInfo;
  const tags = Array.isArray(f.value) ? f.value : [];

  const commit = (texts: string[]) => {
    const added: Entry[] = [];
    for (const text of texts) {
      const { value, error } = parseTagEntry(text, element);
      if (error) {
        setEntryError(error);
        return false;
      }
      if (value !== undefined && !tags.includes(value) && !added.includes(value)) added.push(value);
    }
    setEntryError(undefined);
    if (added.length) f.setValue([...tags, ...added]);
    return true;
  };
  const remove = (index: number) => {
    const next = tags.filter((_, i) => i !== index);
    f.setValue(next.length === 0 && info.optional ? undefined : next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      if (commit([draft])) setDraft('');
    } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
      remove(tags.length - 1);
    }
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text');
    if (!/[,\n]/.test(text)) return;
    e.preventDefault();
    if (commit(text.split(/[,\n]/))) setDraft('');
  };

  const describedBy = [f.controlProps['aria-describedby'], entryError ? `${f.ids.id}-entry` : undefined].filter(Boolean).join(' ');
  return (
    <FieldShell info={info} ids={f.ids} error={f.error} value={f.value} readOnly={f.readOnly} onReset={() => f.setValue(info.defaultValue as Entry[])}>
      <div
        className={cn(
          'flex min-h-9 flex-wrap items-center gap-1.5 rounded-md border bg-surface px-2 py-1 focus-within:border-accent focus-within:ring-2 focus-within:ring-ring/30',
          f.error || entryError ? 'border-danger' : 'border-border',
        )}
      >
        <ul className="contents" aria-label={`${info.label}: ${tags.length} ${tags.length === 1 ? 'entry' : 'entries'}`}>
          {tags.map((tag, i) => (
            <li key={`${tag}-${i}`} className="inline-flex items-center gap-1 rounded bg-surface-2 py-0.5 pr-1 pl-2 font-mono text-xs">
              {String(tag)}
              {!f.readOnly && (
                <button
                  type="button"
                  onClick={() => remove(i)}
                  className="rounded p-0.5 text-muted hover:bg-border hover:text-fg"
                  aria-label={`Remove ${tag}`}
                >
                  <X className="h-3 w-3" aria-hidden />
                </button>
              )}
            </li>
          ))}
        </ul>
        {!f.readOnly && (
          <input
            {...f.controlProps}
            ref={f.ref}
            aria-describedby={describedBy || undefined}
            aria-invalid={f.error || entryError ? true : undefined}
            value={draft}
            inputMode={element.kind === 'number' ? 'numeric' : undefined}
            placeholder={tags.length === 0 ? (element.kind === 'number' ? 'Type a number, press Enter' : 'Type, press Enter') : undefined}
            className="h-7 min-w-32 flex-1 bg-transparent text-sm outline-none placeholder:text-muted/70"
            onChange={(e) => {
              setDraft(e.target.value);
              if (entryError) setEntryError(undefined);
            }}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onBlur={() => {
              if (draft.trim() !== '' && commit([draft])) setDraft('');
              f.onBlur();
            }}
          />
        )}
      </div>
      {entryError && (
        <p id={`${f.ids.id}-entry`} role="alert" className="text-xs text-danger">
          {entryError}
        </p>
      )}
    </FieldShell>
  );
}
