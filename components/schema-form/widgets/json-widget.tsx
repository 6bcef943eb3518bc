'use client';
// The fallback for anything the walker cannot render (free-form values, tuples, unions of
// objects...): a JSON editor for that subtree, validated against the subtree's own schema.
import { useState } from 'react';
import { Textarea } from '@/components/ui/input';
import { FieldShell } from '../field-shell';
import type { WidgetProps } from '../form-context';
import { checkJsonText } from '../text-check';
import { useSchemaField } from '../use-schema-field';

function toText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

export function JsonWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<unknown>(path, info);
  const [draft, setDraft] = useState(() => toText(f.value));
  const [lastValue, setLastValue] = useState<unknown>(f.value);
  const [localError, setLocalError] = useState<string>();
  // Outside changes (reset, text tab) replace the draft.
  if (f.value !== lastValue) {
    setLastValue(f.value);
    setDraft(toText(f.value));
    setLocalError(undefined);
  }
  const onChange = (text: string) => {
    setDraft(text);
    const checked = checkJsonText(text, info);
    setLocalError(checked.error);
    if (checked.empty) {
      setLastValue(undefined);
      f.setValue(undefined);
    } else if (checked.value !== undefined) {
      // Valid JSON goes into the document even when the schema rejects it, so the error is
      // also reported by the form's validation and the summary.
      setLastValue(checked.value);
      f.setValue(checked.value);
    }
  };
  const error = localError ?? f.error;
  return (
    <FieldShell
      info={info}
      ids={f.ids}
      error={error}
      value={f.value}
      readOnly={f.readOnly}
      extraHelp={<span className="ml-1">{info.help || info.hasDefault ? ' ' : ''}Edited as JSON{info.unsupported ? ` (${info.unsupported})` : ''}.</span>}
      onReset={() => onChange(toText(info.defaultValue))}
    >
      <Textarea
        {...f.controlProps}
        aria-invalid={error ? true : undefined}
        aria-describedby={[f.ids.helpId, error ? f.ids.errorId : undefined].filter(Boolean).join(' ')}
        ref={f.ref}
        rows={Math.min(12, Math.max(3, draft.split('\n').length))}
        spellCheck={false}
        readOnly={f.readOnly}
        value={draft}
        placeholder="JSON"
        onChange={(e) => onChange(e.target.value)}
        onBlur={f.onBlur}
      />
    </FieldShell>
  );
}
