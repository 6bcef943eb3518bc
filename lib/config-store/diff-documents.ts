// A flat list of changes between two documents, for "what Save will change" and history diffs.
// Secret values never appear: a changed secret shows as a change of the redaction marker.
import diff from 'microdiff';
import { forEachSecret } from '../secrets/paths';
import { REDACTED } from '../secrets/marker';

export interface DocumentChange {
  op: 'add' | 'remove' | 'change';
  path: string;
  before?: unknown;
  after?: unknown;
  secret?: boolean;
}

function secretLocations(doc: unknown, paths: readonly string[]): string[] {
  const out: string[] = [];
  forEachSecret(doc, paths, (_p, _k, _v, path) => out.push(path));
  return out;
}

export function diffDocuments(before: unknown, after: unknown, secretPaths: readonly string[]): DocumentChange[] {
  const secrets = [...secretLocations(before, secretPaths), ...secretLocations(after, secretPaths)];
  const isSecret = (path: string) => secrets.some((s) => path === s || path.startsWith(`${s}.`));
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return diff(a, b).map((d) => {
    const path = d.path.join('.');
    const secret = isSecret(path);
    const hide = (v: unknown) => (secret && v !== undefined ? REDACTED : v);
    if (d.type === 'CREATE') return { op: 'add', path, after: hide(d.value), ...(secret && { secret }) };
    if (d.type === 'REMOVE') return { op: 'remove', path, before: hide(d.oldValue), ...(secret && { secret }) };
    return { op: 'change', path, before: hide(d.oldValue), after: hide(d.value), ...(secret && { secret }) };
  });
}
