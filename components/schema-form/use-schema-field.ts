'use client';
// The binding every leaf widget uses: this field's value (subscribed alone, through
// useController), its shown error, ids for label/help/error, and change/blur handlers that
// keep validation and dependent fields up to date.
import { useCallback, useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useFieldError, useSchemaFormContext } from './form-context';
import type { SchemaInfo } from './introspect';
import { hasHelp } from './field-shell';
import { pathToId } from './paths';

export interface FieldIds {
  id: string;
  labelId: string;
  helpId: string;
  errorId: string;
}

export function useFieldIds(path: string): FieldIds {
  const { formId } = useSchemaFormContext();
  return useMemo(() => {
    const id = pathToId(formId, path);
    return { id, labelId: `${id}-label`, helpId: `${id}-help`, errorId: `${id}-error` };
  }, [formId, path]);
}

export function useSchemaField<T = unknown>(path: string, info: SchemaInfo) {
  const ctx = useSchemaFormContext();
  const { field } = useController({ name: path });
  const error = useFieldError(path);
  const ids = useFieldIds(path);
  const { afterChange, afterBlur } = ctx;
  const { onChange: rhfChange, onBlur: rhfBlur } = field;

  const setValue = useCallback(
    (value: T | undefined) => {
      rhfChange(value);
      afterChange(path);
    },
    [rhfChange, afterChange, path],
  );
  const onBlur = useCallback(() => {
    rhfBlur();
    afterBlur(path);
  }, [rhfBlur, afterBlur, path]);

  const describedBy = [hasHelp(info) ? ids.helpId : undefined, error ? ids.errorId : undefined]
    .filter(Boolean)
    .join(' ');

  return {
    value: field.value as T | undefined,
    setValue,
    onBlur,
    ref: field.ref,
    error,
    ids,
    readOnly: ctx.readOnly,
    /** Props every focusable control of the field takes. */
    controlProps: {
      id: ids.id,
      'data-sf-path': path,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    } as const,
  };
}
