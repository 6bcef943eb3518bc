'use client';
// Objects as sections. An optional object is a section that can be switched on and off; its
// values are kept aside while it is off and come back when it is switched on again.
import { memo, useCallback, useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { cn } from '@/components/ui/cn';
import { emptyValue } from '../defaults';
import { useFieldError, useSchemaFormContext, type WidgetProps } from '../form-context';
import type { SchemaInfo } from '../introspect';
import { headingLevel } from '../heading-level';
import { joinPath, pathToId } from '../paths';
import { SchemaField } from '../schema-field';
import { Switch } from './switch-widget';

/** Fields that read well in half a row. */
function isCompact(info: SchemaInfo): boolean {
  return info.kind === 'number' || info.kind === 'boolean' || info.kind === 'enum' || (info.kind === 'string' && !info.secret && info.format === undefined && !/^(content|code|description)$/.test(info.name));
}

/** The fields of an object, laid out in a grid. */
export const ObjectFields = memo(function ObjectFields({ path, info }: WidgetProps) {
  return (
    <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2">
      {Object.entries(info.fields ?? {}).map(([key, field]) => (
        <div key={key} className={cn('min-w-0 empty:hidden', isCompact(field) ? '' : 'sm:col-span-2')}>
          <SchemaField path={joinPath(path, key)} info={field} />
        </div>
      ))}
    </div>
  );
});

export function SectionError({ path }: { path: string }) {
  const { formId } = useSchemaFormContext();
  const error = useFieldError(path);
  if (!error) return null;
  return (
    <p id={`${pathToId(formId, path)}-error`} role="alert" className="text-xs font-medium text-danger">
      {error}
    </p>
  );
}

export function ObjectWidget({ path, info }: WidgetProps) {
  if (path === '') return <ObjectFields path={path} info={info} />;
  return info.optional ? <OptionalSection path={path} info={info} /> : <Section path={path} info={info} on />;
}

function OptionalSection({ path, info }: WidgetProps) {
  const { stash, afterChange, readOnly } = useSchemaFormContext();
  const { getValues, setValue } = useFormContext();
  // Re-renders only when the section appears or disappears, not on every keystroke inside it.
  const on = useWatch({ name: path, compute: (value: unknown) => value !== undefined && value !== null }) as boolean;
  const toggle = useCallback(
    (next: boolean) => {
      if (next) {
        setValue(path, stash.get(path) ?? emptyValue(info), { shouldDirty: true });
      } else {
        stash.set(path, getValues(path));
        setValue(path, undefined, { shouldDirty: true });
      }
      afterChange(path);
    },
    [path, info, stash, getValues, setValue, afterChange],
  );
  return <Section path={path} info={info} on={on} onToggle={readOnly ? undefined : toggle} />;
}

interface SectionProps extends WidgetProps {
  on: boolean;
  onToggle?: (on: boolean) => void;
}

function Section({ path, info, on, onToggle }: SectionProps) {
  const { formId } = useSchemaFormContext();
  const headingId = `${pathToId(formId, path)}-heading`;
  const Heading = `h${headingLevel(path)}` as const;
  const switchId = useId();
  const toggleable = info.optional;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-border bg-surface" data-sf-section={path}>
      <header className={cn('flex items-start justify-between gap-4 px-4 py-3', on && 'border-b border-border')}>
        <div className="min-w-0">
          <Heading id={headingId} className="text-sm font-semibold">
            {info.label}
          </Heading>
          {info.help && <p className="mt-0.5 text-xs text-muted">{info.help}</p>}
          <SectionError path={path} />
        </div>
        {toggleable && (
          <div className="flex shrink-0 items-center gap-2">
            <span className="text-xs text-muted" aria-hidden>
              {on ? 'On' : 'Off'}
            </span>
            <Switch
              id={switchId}
              data-sf-path={path}
              checked={on}
              onChange={(next) => onToggle?.(next)}
              label={`Use ${info.label.toLowerCase()} settings`}
              disabled={!onToggle}
            />
          </div>
        )}
      </header>
      {on && (
        <div className="p-4">
          <ObjectFields path={path} info={info} />
        </div>
      )}
    </section>
  );
}
