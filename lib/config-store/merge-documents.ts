// Three-way merge of a document for the 409 flow: base (the version the edit started from),
// theirs (the version saved meanwhile) and mine (the draft). A field changed on one side only
// takes that side; objects changed on both sides are merged field by field; anything else changed
// on both sides differently (a leaf, an array as a whole) is a conflict the user chooses.
// The documents are the redacted ones the browser holds (R10): a secret left alone is the marker
// on every side, so the merged document keeps it redacted and the server keeps the stored value.
// Theirs' secret changes are invisible behind the marker: pass their paths (from the server's
// diff, `secret: true`) so a secret typed in the draft that they also changed is a conflict.
import diff from 'microdiff';
import { forEachSecret } from '../secrets/paths';
import { redactTree, redactedValueAt } from '../secrets/redact-tree';

export interface MergeConflict {
  /** Dotted, for showing and as the key of a choice. */
  path: string;
  /** The same path as steps (a record key may hold a dot). */
  at: string[];
  /** Redacted values, for showing side by side; undefined = the field is absent. */
  base?: unknown;
  theirs?: unknown;
  mine?: unknown;
  secret?: boolean;
}

export interface MergeResult {
  /** Theirs with every non-conflicting change of mine applied; conflicts hold theirs' value. */
  merged: unknown;
  conflicts: MergeConflict[];
}

export interface MergeInput {
  base: unknown;
  theirs: unknown;
  mine: unknown;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  return diff(a as Plain, b as Plain).length === 0;
}

export function mergeDocuments(input: MergeInput, secretPaths: readonly string[], theirSecretChanges: readonly string[] = []): MergeResult {
  const secrets: string[] = [];
  for (const doc of [input.base, input.theirs, input.mine]) forEachSecret(doc, secretPaths, (_p, _k, _v, path) => secrets.push(path));
  const isSecret = (path: string) => secrets.some((s) => path === s || path.startsWith(`${s}.`));
  const theyChangedSecret = (path: string) => theirSecretChanges.some((s) => path === '' || s === path || s.startsWith(`${path}.`) || path.startsWith(`${s}.`));
  const shown = {
    base: redactTree(input.base, secretPaths),
    theirs: redactTree(input.theirs, secretPaths),
    mine: redactTree(input.mine, secretPaths),
  };
  const conflicts: MergeConflict[] = [];

  const merge = (b: unknown, t: unknown, m: unknown, path: string[]): unknown => {
    const p = path.join('.');
    const theirsChanged = !same(b, t) || theyChangedSecret(p);
    const mineChanged = !same(b, m);
    if (!mineChanged) return t;
    if (!theirsChanged || same(t, m)) return m;
    if (isPlain(t) && isPlain(m) && (b === undefined || isPlain(b))) {
      const base = (b ?? {}) as Plain;
      const out: Plain = {};
      for (const key of new Set([...Object.keys(t), ...Object.keys(m), ...Object.keys(base)])) {
        const v = merge(base[key], t[key], m[key], [...path, key]);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    conflicts.push({
      path: p,
      at: path,
      base: redactedValueAt(shown.base, path),
      theirs: redactedValueAt(shown.theirs, path),
      mine: redactedValueAt(shown.mine, path),
      ...(isSecret(p) && { secret: true }),
    });
    return t;
  };

  return { merged: merge(input.base, input.theirs, input.mine, []), conflicts };
}

/**
 * The merged document with each conflict resolved: `mine` takes the draft's value at that path
 * (absent when the draft removed it), anything else keeps theirs.
 */
export function resolveConflicts(merged: unknown, mine: unknown, conflicts: readonly MergeConflict[], choices: Record<string, 'theirs' | 'mine'>): unknown {
  const out = structuredClone(merged) as Plain;
  for (const { path, at: steps } of conflicts) {
    if (choices[path] !== 'mine') continue;
    const value = steps.reduce<unknown>((node, step) => (isPlain(node) ? node[step] : undefined), mine);
    let node: Plain = out;
    for (const step of steps.slice(0, -1)) {
      if (!isPlain(node[step])) node[step] = {};
      node = node[step] as Plain;
    }
    const last = steps[steps.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = structuredClone(value);
  }
  return out;
}
