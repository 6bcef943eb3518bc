'use client';
// Booleans: a switch (role="switch"), labelled by the field label.
import { cn } from '@/components/ui/cn';
import { FieldShell } from '../field-shell';
import type { WidgetProps } from '../form-context';
import { useSchemaField } from '../use-schema-field';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  labelledBy?: string;
  label?: string;
  disabled?: boolean;
  id?: string;
  describedBy?: string;
  onBlur?: () => void;
  'data-sf-path'?: string;
}

export function Switch({ checked, onChange, labelledBy, label, disabled, id, describedBy, onBlur, ...rest }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      aria-checked={checked}
      aria-labelledby={labelledBy}
      aria-label={label}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
      onBlur={onBlur}
      data-sf-path={rest['data-sf-path']}
      className={cn(
        'relative inline-flex h-5 w-9 shrink-0 items-center rounded-full border transition-colors disabled:cursor-not-allowed disabled:opacity-60',
        checked ? 'border-accent bg-accent' : 'border-border bg-surface-2',
      )}
    >
      <span
        aria-hidden
        className={cn(
          'inline-block h-4 w-4 rounded-full bg-white shadow transition-transform',
          checked ? 'translate-x-4' : 'translate-x-0.5',
        )}
      />
    </button>
  );
}

export function SwitchWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<boolean>(path, info);
  return (
    <FieldShell info={info} ids={f.ids} error={f.error} value={f.value} readOnly={f.readOnly} inline labelFor={false} onReset={() => f.setValue(info.defaultValue as boolean)}>
      <Switch
        id={f.ids.id}
        data-sf-path={path}
        checked={f.value === true}
        onChange={(checked) => {
          f.setValue(checked);
          f.onBlur();
        }}
        labelledBy={f.ids.labelId}
        describedBy={f.controlProps['aria-describedby']}
        disabled={f.readOnly}
      />
    </FieldShell>
  );
}
