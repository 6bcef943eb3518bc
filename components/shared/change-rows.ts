// What a change list shows: the changes a reader would call changes (an empty list appearing
// where there was nothing is none), each named by its field labels rather than its raw path.
import type { z } from 'zod';
import type { DocumentChange } from '@/lib/config-store/diff-documents';
import { introspect, labelTrail } from '@/components/schema-form/introspect';

export interface ChangeRow extends DocumentChange {
  /** "Upstream › #1 › Sync interval"; the raw path when no schema is known. */
  label: string;
}

const emptyArray = (v: unknown) => Array.isArray(v) && v.length === 0;

/** False for an empty array added where nothing was, or removed leaving nothing. */
export function isMeaningfulChange(c: DocumentChange): boolean {
  if (c.op === 'add') return !emptyArray(c.after);
  if (c.op === 'remove') return !emptyArray(c.before);
  return true;
}

export function changeRows(changes: readonly DocumentChange[], schema?: z.core.$ZodType): ChangeRow[] {
  const root = schema ? introspect(schema) : undefined;
  return changes.filter(isMeaningfulChange).map((c) => ({
    ...c,
    label: c.path === '' ? '(document)' : root ? labelTrail(root, c.path).join(' › ') : c.path,
  }));
}
