'use client';
// What every field of one SchemaForm shares: the schema's SchemaInfo tree, the error store,
// the widget registry, ids, and the actions fields call after a change or a blur.
import { createContext, useContext, useSyncExternalStore, type ComponentType } from 'react';
import type { z } from 'zod';
import type { ErrorStore } from './error-store';
import type { SchemaInfo } from './introspect';
import type { Tester } from './testers';

export interface WidgetProps {
  /** Dotted path of the field in the form values. */
  path: string;
  info: SchemaInfo;
}

/** A registry entry: the highest-ranked component whose test accepts a field renders it. */
export type WidgetEntry = Tester<ComponentType<WidgetProps>>;

export interface SchemaFormContextValue {
  schema: z.core.$ZodType;
  root: SchemaInfo;
  store: ErrorStore;
  formId: string;
  readOnly: boolean;
  widgets: readonly WidgetEntry[];
  /** The values the form was loaded with (to tell a kept secret from a typed one). */
  initialValueAt: (path: string) => unknown;
  /** Call after a field's value changed: re-validates and reveals the fields depending on it. */
  afterChange: (path: string) => void;
  /** Call when a field loses focus: its errors are shown from now on. */
  afterBlur: (path: string) => void;
  /** Values of optional sections switched off, so switching back on restores them. */
  stash: Map<string, unknown>;
  /** Expanders of collapsed array items, asked to open when the summary links inside them. */
  revealers: Set<(path: string) => boolean>;
}

export const SchemaFormContext = createContext<SchemaFormContextValue | null>(null);

export function useSchemaFormContext(): SchemaFormContextValue {
  const ctx = useContext(SchemaFormContext);
  if (!ctx) throw new Error('Schema form fields must be rendered inside <SchemaForm>');
  return ctx;
}

/** The error shown at exactly this path; re-renders only when it changes. */
export function useFieldError(path: string): string | undefined {
  const { store } = useSchemaFormContext();
  return useSyncExternalStore(
    (listener) => store.subscribe(path, listener),
    () => store.get(path),
    () => undefined,
  );
}

/** Number of errors shown at or under a path. */
export function useErrorCount(prefix: string): number {
  const { store } = useSchemaFormContext();
  return useSyncExternalStore(
    (listener) => store.subscribeAll(listener),
    () => store.countWithin(prefix),
    () => 0,
  );
}
