// The one redaction of rule R10, on plain values and without Node imports: the server's
// responses (documents, diffs, exports) and the browser's "what Save will change" share it.
import { forEachSecret } from './paths';
import { REDACTED } from './marker';

function mapSecretLeaves(value: unknown, fn: (leaf: unknown) => unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fn(v)]));
  }
  return fn(value);
}

/**
 * A copy of the document with every secret replaced by the marker. `open` reads a stored value
 * (the server decrypts there) so a record of credentials keeps its keys and hides its values.
 */
export function redactTree<T>(doc: T, secretPaths: readonly string[], open: (stored: unknown) => unknown = (v) => v): T {
  const out = structuredClone(doc);
  forEachSecret(out, secretPaths, (parent, key, value) => {
    if (value === '' || value === null) return; // nothing stored: nothing to hide
    parent[key] = mapSecretLeaves(open(value), () => REDACTED);
  });
  return out;
}

/**
 * The value at a path of a redacted document. A path that goes on below a marker (a key inside
 * a credential that was hidden whole) still reads the marker, never undefined or the value.
 */
export function redactedValueAt(redacted: unknown, path: readonly (string | number)[]): unknown {
  let node = redacted;
  for (const step of path) {
    if (node === REDACTED) return REDACTED;
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(step)];
  }
  return node;
}
