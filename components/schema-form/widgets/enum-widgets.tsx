'use client';
// Enums: a select, or a segmented control (a radio group) when there are a few short options;
// arrays of enums: a set of checkboxes.
import { useRef, type KeyboardEvent } from 'react';
import { cn } from '@/components/ui/cn';
import { Select } from '@/components/ui/input';
import { FieldShell } from '../field-shell';
import type { WidgetProps } from '../form-context';
import { useSchemaField } from '../use-schema-field';

type Option = string | number | boolean | null;

/** Options are shown as written in the protocol, so they match the JSON/YAML text and the docs. */
function optionLabel(option: Option): string {
  return String(option);
}

export function SelectWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<Option>(path, info);
  const options = info.options ?? [];
  const index = options.findIndex((o) => o === f.value);
  return (
    <FieldShell info={info} ids={f.ids} error={f.error} value={f.value} readOnly={f.readOnly} onReset={() => f.setValue(info.defaultValue as Option)}>
      <Select
        {...f.controlProps}
        ref={f.ref}
        className="max-w-xs"
        value={index === -1 ? '' : String(index)}
        disabled={f.readOnly}
        onChange={(e) => {
          f.setValue(e.target.value === '' ? undefined : options[Number(e.target.value)]);
          f.onBlur();
        }}
        onBlur={f.onBlur}
      >
        {(index === -1 || info.optional) && <option value="">{info.optional ? 'Not set' : 'Choose…'}</option>}
        {options.map((option, i) => (
          <option key={String(option)} value={String(i)}>
            {optionLabel(option)}
          </option>
        ))}
      </Select>
    </FieldShell>
  );
}

export function SegmentedWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<Option>(path, info);
  const options = info.options ?? [];
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const selected = options.findIndex((o) => o === f.value);
  const choose = (i: number) => {
    f.setValue(options[i]);
    f.onBlur();
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const delta = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!delta || f.readOnly) return;
    e.preventDefault();
    const next = (i + delta + options.length) % options.length;
    choose(next);
    refs.current[next]?.focus();
  };
  return (
    <FieldShell info={info} ids={f.ids} error={f.error} value={f.value} readOnly={f.readOnly} labelFor={false} onReset={() => f.setValue(info.defaultValue as Option)}>
      <div
        role="radiogroup"
        aria-labelledby={f.ids.labelId}
        aria-describedby={f.controlProps['aria-describedby']}
        aria-invalid={f.controlProps['aria-invalid']}
        className={cn(
          'inline-flex flex-wrap rounded-md border bg-surface-2 p-0.5',
          f.error ? 'border-danger' : 'border-border',
        )}
      >
        {options.map((option, i) => {
          const checked = i === selected;
          return (
            <button
              key={String(option)}
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              role="radio"
              aria-checked={checked}
              // Roving focus: the chosen option (or the first) is the one Tab reaches.
              tabIndex={checked || (selected === -1 && i === 0) ? 0 : -1}
              id={i === Math.max(selected, 0) ? f.ids.id : undefined}
              data-sf-path={i === Math.max(selected, 0) ? path : undefined}
              disabled={f.readOnly && !checked}
              onClick={() => !f.readOnly && choose(i)}
              onKeyDown={(e) => onKeyDown(e, i)}
              className={cn(
                'rounded px-3 py-1 text-sm transition-colors',
                checked ? 'bg-surface font-medium text-fg shadow-sm' : 'text-muted hover:text-fg',
              )}
            >
              {optionLabel(option)}
            </button>
          );
        })}
      </div>
    </FieldShell>
  );
}

export function EnumSetWidget({ path, info }: WidgetProps) {
  const f = useSchemaField<Option[]>(path, info);
  const options = info.element?.options ?? [];
  const current = Array.isArray(f.value) ? f.value : [];
  const toggle = (option: Option, on: boolean) => {
    const next = options.filter((o) => (o === option ? on : current.includes(o)));
    f.setValue(next.length === 0 && info.optional ? undefined : next);
  };
  return (
    <FieldShell info={info} ids={f.ids} error={f.error} value={f.value} readOnly={f.readOnly} labelFor={false} onReset={() => f.setValue(info.defaultValue as Option[])}>
      <div
        role="group"
        aria-labelledby={f.ids.labelId}
        aria-describedby={f.controlProps['aria-describedby']}
        className="flex flex-wrap gap-1.5"
      >
        {options.map((option, i) => {
          const checked = current.includes(option);
          return (
            <label
              key={String(option)}
              className={cn(
                'inline-flex cursor-pointer items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs transition-colors focus-within:ring-2 focus-within:ring-ring/40',
                checked ? 'border-accent bg-accent/10 text-fg' : 'border-border text-muted hover:text-fg',
              )}
            >
              <input
                type="checkbox"
                className="accent-[var(--accent)]"
                checked={checked}
                disabled={f.readOnly}
                id={i === 0 ? f.ids.id : undefined}
                data-sf-path={i === 0 ? path : undefined}
                aria-invalid={f.controlProps['aria-invalid']}
                onChange={(e) => toggle(option, e.target.checked)}
                onBlur={f.onBlur}
              />
              {optionLabel(option)}
            </label>
          );
        })}
      </div>
    </FieldShell>
  );
}
