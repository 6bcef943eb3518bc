// A flat list of changes between two documents, for "what Save will change" and history diffs.
// Changes are found on the real values (so a changed secret shows), and every value shown is
// read from the redacted documents, so a change that adds or removes a whole object holding
// secrets shows the marker in their place (R10 applies to subtrees, not only changed leaves).
import diff from 'microdiff';
import { forEachSecret } from '../secrets/paths';
import { redactTree, redactedValueAt } from '../secrets/redact-tree';

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
  const shownBefore = redactTree(a, secretPaths);
  const shownAfter = redactTree(b, secretPaths);
  return diff(a, b).map((d) => {
    const path = d.path.join('.');
    const secret = isSecret(path);
    const flag = secret ? { secret } : {};
    const was = () => redactedValueAt(shownBefore, d.path);
    const now = () => redactedValueAt(shownAfter, d.path);
    if (d.type === 'CREATE') return { op: 'add', path, after: now(), ...flag };
    if (d.type === 'REMOVE') return { op: 'remove', path, before: was(), ...flag };
    return { op: 'change', path, before: was(), after: now(), ...flag };
  });
}
