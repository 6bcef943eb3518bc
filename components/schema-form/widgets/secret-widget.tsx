'use client';
// Secrets (rule R10): masked, shown in clear only while the user is typing; a value that is
// still the server's redaction marker reads "stored secret kept" and is sent back unchanged.
import { useState } from 'react';
import { KeyRound, Undo2 } from 'lucide-react';
import { Input } from '@/components/ui/input';
import { FieldShell } from '../field-shell';
import { useSchemaFormContext, type WidgetProps } from '../form-context';
import { REDACTED_MARKER, isRedacted, secretState } from '../secret-marker';
import { useSchemaField } from '../use-schema-field';

const STATE_TEXT = {
  kept: 'Stored secret kept.',
  replaced: 'The stored secret will be replaced.',
  cleared: 'The stored secret will be removed.',
  new: '',
  empty: '',
} as const;

export function SecretWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<string>(path, info);
  const { initialValueAt } = useSchemaFormContext();
  const [typing, setTyping] = useState(false);
  const initial = initialValueAt(path);
  const state = secretState(f.value, initial);
  const kept = isRedacted(f.value);

  return (
    <FieldShell
      info={info}
      ids={f.ids}
      error={f.error}
      value={f.value}
      readOnly={f.readOnly}
      extraHelp={STATE_TEXT[state] ? <span className="ml-1 font-medium text-fg">{STATE_TEXT[state]}</span> : null}
    >
      <div className="flex items-center gap-2">
        <div className="relative w-full max-w-md">
          <KeyRound className="pointer-events-none absolute top-2.5 left-2.5 h-4 w-4 text-muted" aria-hidden />
          <Input
            {...f.controlProps}
            ref={f.ref}
            className="pl-8 font-mono"
            // Shown in clear only while typing; masked again when focus leaves.
            type={typing ? 'text' : 'password'}
            autoComplete="new-password"
            spellCheck={false}
            readOnly={f.readOnly}
            value={kept ? '' : (f.value ?? '')}
            placeholder={kept ? (f.readOnly ? 'Stored secret kept' : 'Stored secret kept: type to replace') : 'Not set'}
            onChange={(e) => {
              setTyping(true);
              f.setValue(e.target.value === '' ? (info.optional ? undefined : '') : e.target.value);
            }}
            onBlur={() => {
              setTyping(false);
              f.onBlur();
            }}
          />
        </div>
        {isRedacted(initial) && !kept && !f.readOnly && (
          <button
            type="button"
            onClick={() => {
              setTyping(false);
              f.setValue(REDACTED_MARKER);
            }}
            className="inline-flex shrink-0 items-center gap-1 rounded-md border border-border px-2.5 py-1.5 text-xs text-muted hover:bg-surface-2 hover:text-fg"
          >
            <Undo2 className="h-3 w-3" aria-hidden />
            Keep stored secret
          </button>
        )}
      </div>
    </FieldShell>
  );
}
