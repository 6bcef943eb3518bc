'use client';
// A literal has one possible value: shown, not edited.
import { FieldShell } from '../field-shell';
import type { WidgetProps } from '../form-context';
import { useSchemaField } from '../use-schema-field';

export function LiteralWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<unknown>(path, info);
  const value = f.value ?? info.options?.[0];
  return (
    <FieldShell info={info} ids={f.ids} error={f.error} value={f.value} labelFor={false}>
      <output id={f.ids.id} aria-labelledby={f.ids.labelId} className="block font-mono text-sm">
        {JSON.stringify(value)}
      </output>
    </FieldShell>
  );
}
