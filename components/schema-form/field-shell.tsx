'use client';
// The frame of a leaf field: label, optional/required mark, reset-to-default, the control,
// help text with default and bounds, and the error under it (linked by aria-describedby).
import type { ReactNode } from 'react';
import { RotateCcw } from 'lucide-react';
import { cn } from '@/components/ui/cn';
import { Label } from '@/components/ui/label';
import type { SchemaInfo } from './introspect';
import { unitHint, withUnit } from './labels';
import type { FieldIds } from './use-schema-field';

export interface FieldShellProps {
  info: SchemaInfo;
  ids: FieldIds;
  error?: string;
  value: unknown;
  /** Set when the control is a single element the label can point at. */
  labelFor?: boolean;
  readOnly?: boolean;
  onReset?: () => void;
  children: ReactNode;
  /** Label beside the control instead of above it (switches). */
  inline?: boolean;
  extraHelp?: ReactNode;
}

function formatValue(value: unknown, info: SchemaInfo): string {
  if (typeof value === 'number') {
    const hint = unitHint(value, info.unit);
    return `${withUnit(value, info.unit)}${hint ? ` (${hint})` : ''}`;
  }
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function boundsText(info: SchemaInfo): string | undefined {
  if (info.kind !== 'number') return undefined;
  const { min, max, unit } = info;
  if (min !== undefined && max !== undefined) return `${withUnit(min, unit)} to ${withUnit(max, unit)}`;
  if (min !== undefined) return `${info.minInclusive === false ? 'More than' : 'At least'} ${withUnit(min, unit)}`;
  if (max !== undefined) return `${info.maxInclusive === false ? 'Less than' : 'At most'} ${withUnit(max, unit)}`;
  return undefined;
}

/** True when the field shows a help line (its id is then in aria-describedby). */
export function hasHelp(info: SchemaInfo): boolean {
  return !!info.help || info.hasDefault || info.secret || boundsText(info) !== undefined;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function FieldShell({ info, ids, error, value, labelFor = true, readOnly, onReset, children, inline, extraHelp }: FieldShellProps) {
  const meta = [
    info.hasDefault && info.defaultValue !== undefined ? `Default: ${formatValue(info.defaultValue, info)}` : undefined,
    boundsText(info),
  ]
    .filter(Boolean)
    .join(' · ');
  const canReset = info.hasDefault && !readOnly && onReset && !sameValue(value, info.defaultValue);
  const label = labelFor ? (
    <Label htmlFor={ids.id} id={ids.labelId}>
      {info.label}
    </Label>
  ) : (
    <span id={ids.labelId} className="text-sm font-medium text-fg">
      {info.label}
    </span>
  );

  return (
    <div className="space-y-1.5" data-sf-field="">
      <div className={cn('flex min-h-6 items-center gap-2', inline ? 'justify-between' : '')}>
        <div className="flex items-baseline gap-2">
          {label}
          {info.optional && !info.hasDefault && <span className="text-xs text-muted">optional</span>}
        </div>
        <div className="ml-auto flex items-center gap-2">
          {canReset && (
            <button
              type="button"
              onClick={onReset}
              className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs text-muted hover:bg-surface-2 hover:text-fg"
              aria-label={`Reset ${info.label} to its default, ${formatValue(info.defaultValue, info)}`}
              title="Reset to default"
            >
              <RotateCcw className="h-3 w-3" aria-hidden />
              Reset
            </button>
          )}
          {inline && children}
        </div>
      </div>
      {!inline && children}
      {hasHelp(info) && (
        <p id={ids.helpId} className="text-xs text-muted">
          {info.help}
          {info.help && meta ? '. ' : ''}
          {meta}
          {extraHelp}
        </p>
      )}
      {error && (
        <p id={ids.errorId} role="alert" className="text-xs font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
