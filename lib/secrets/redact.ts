// Rule R10: secrets leave the server only redacted, and a redacted value sent back unchanged
// keeps the stored secret. Secret values are strings, or records whose every value is secret.
import type { ApiIssue } from '@/schemas/api';
import { decryptValue, encryptValue, isEncrypted } from './crypto';
import { forEachSecret } from './paths';
import { REDACTED } from './marker';
import { redactTree } from './redact-tree';
import { endpointOrigin } from './endpoint-origin';

export { REDACTED };

type Json = unknown;

function clone<T>(doc: T): T {
  return structuredClone(doc);
}

/** A copy of the document (stored or plain) with every secret replaced by the redaction marker. */
export function redactDocument<T extends Json>(doc: T, secretPaths: readonly string[]): T {
  return redactTree(doc, secretPaths, (v) => (isEncrypted(v) ? decryptValue(v) : v));
}

/** A copy with each secret encrypted (a record of credentials is encrypted as a whole). */
export function encryptDocument<T extends Json>(doc: T, secretPaths: readonly string[]): T {
  const out = clone(doc);
  forEachSecret(out, secretPaths, (parent, key, value) => {
    if (value === '' || value === null || isEncrypted(value)) return;
    parent[key] = encryptValue(value);
  });
  return out;
}

export function decryptDocument<T extends Json>(doc: T, secretPaths: readonly string[]): T {
  const out = clone(doc);
  forEachSecret(out, secretPaths, (parent, key, value) => {
    if (isEncrypted(value)) parent[key] = decryptValue(value);
  });
  return out;
}

/** Array items are matched to stored ones by `id`, then `url`, then position, so reordering
 * a list of upstreams keeps each upstream's own secret (and an edited URL is still matched, for
 * the endpoint check below to refuse). */
function storedCounterpart(incomingArr: unknown[], index: number, storedArr: unknown): unknown {
  if (!Array.isArray(storedArr)) return undefined;
  const item = incomingArr[index] as Record<string, unknown> | undefined;
  for (const idKey of ['id', 'url']) {
    const id = item?.[idKey];
    if (typeof id !== 'string' || !id) continue;
    const found = storedArr.find((s) => (s as Record<string, unknown> | null)?.[idKey] === id);
    if (found !== undefined) return found;
  }
  return storedArr[index];
}

function storedValueAt(incoming: unknown, stored: unknown, parts: string[]): unknown {
  let inNode = incoming;
  let stNode = stored;
  for (const part of parts) {
    if (Array.isArray(inNode)) {
      stNode = storedCounterpart(inNode, Number(part), stNode);
      inNode = inNode[Number(part)];
    } else {
      inNode = (inNode as Record<string, unknown> | undefined)?.[part];
      stNode = (stNode as Record<string, unknown> | undefined)?.[part];
    }
    if (stNode === undefined) return undefined;
  }
  return stNode;
}

/**
 * Where the secrets below `scope` are sent: the fields of that object that say so (`fields`: a
 * URL, a list of URLs, or the protocol). A stored secret goes only where it was saved for: any
 * value of those fields that was not there when it was saved needs the secret typed again.
 */
export interface SecretEndpoint {
  /** A path pattern like the secret paths: `upstream[*]`, `distributedConfig`. */
  scope: string;
  fields: readonly string[];
}

const NEVER_STORED = 'This secret was never stored: enter its value';
const newEndpoint = (key: string) => `Re-enter the ${key} for the new endpoint: a stored secret is only sent where it was saved for`;

function valueAt(node: unknown, parts: string[]): unknown {
  return parts.reduce<unknown>((n, p) => (n !== null && typeof n === 'object' ? (n as Record<string, unknown>)[p] : undefined), node);
}

/** The concrete path of the scope that holds this secret (`upstream.1` for `upstream.1.auth.token`). */
function scopeOf(path: string, bindings: readonly SecretEndpoint[]): { binding: SecretEndpoint; parts: string[] } | undefined {
  const parts = path.split('.');
  for (const binding of bindings) {
    const pattern = binding.scope.replaceAll('[*]', '.#').split('.');
    if (pattern.length > parts.length) continue;
    if (pattern.every((step, i) => step === parts[i] || (step === '#' && /^\d+$/.test(parts[i])) || step === '*')) {
      return { binding, parts: parts.slice(0, pattern.length) };
    }
  }
  return undefined;
}

function origins(node: unknown, fields: readonly string[]): string[] {
  const values = fields.flatMap((f) => {
    const v = valueAt(node, [f]);
    return Array.isArray(v) ? v : [v];
  });
  // A marker in an endpoint field (a URL that is itself secret) stands for the stored value.
  return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '' && v !== REDACTED).map(endpointOrigin);
}

/** true when restoring a secret of this path would send it to an endpoint it was not saved with. */
function movesEndpoint(incoming: unknown, storedDecrypted: unknown, path: string, bindings: readonly SecretEndpoint[]): boolean {
  const found = scopeOf(path, bindings);
  if (!found) return false;
  const saved = new Set(origins(storedValueAt(incoming, storedDecrypted, found.parts), found.binding.fields));
  return origins(valueAt(incoming, found.parts), found.binding.fields).some((o) => !saved.has(o));
}

/**
 * Replaces redaction markers in an incoming document with the stored (decrypted) secrets.
 * A marker with no stored secret behind it is an error: the user must type the secret. So is a
 * marker whose endpoint (`bindings`) changed: the stored secret would go to a new host.
 */
export function keepStoredSecrets<T extends Json>(
  incoming: T,
  storedDecrypted: unknown,
  secretPaths: readonly string[],
  bindings: readonly SecretEndpoint[] = [],
): { doc: T; issues: ApiIssue[] } {
  const out = clone(incoming);
  const issues: ApiIssue[] = [];
  const restore = (path: string, key: string, stored: unknown) => {
    if (stored === undefined) issues.push({ path, message: NEVER_STORED });
    else if (movesEndpoint(incoming, storedDecrypted, path, bindings)) issues.push({ path, message: newEndpoint(key) });
    else return stored;
    return undefined;
  };
  forEachSecret(out, secretPaths, (parent, key, value, path) => {
    const stored = storedValueAt(out, storedDecrypted, path.split('.'));
    if (value === REDACTED) {
      parent[key] = restore(path, key, stored);
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      parent[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, v === REDACTED ? restore(`${path}.${k}`, k, (stored as Record<string, unknown> | undefined)?.[k]) : v]),
      );
    }
  });
  return { doc: out, issues };
}
