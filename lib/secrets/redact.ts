// Rule R10: secrets leave the server only redacted, and a redacted value sent back unchanged
// keeps the stored secret. Secret values are strings, or records whose every value is secret.
import type { ApiIssue } from '@/schemas/api';
import { decryptValue, encryptValue, isEncrypted } from './crypto';
import { forEachSecret } from './paths';
import { REDACTED } from './marker';
import { redactTree } from './redact-tree';

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
 * a list of upstreams keeps each upstream's own secret. */
function storedCounterpart(incomingArr: unknown[], index: number, storedArr: unknown): unknown {
  if (!Array.isArray(storedArr)) return undefined;
  const item = incomingArr[index] as Record<string, unknown> | undefined;
  for (const idKey of ['id', 'url']) {
    const id = item?.[idKey];
    if (typeof id === 'string' && id) {
      return storedArr.find((s) => (s as Record<string, unknown> | null)?.[idKey] === id);
    }
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

const NEVER_STORED = 'This secret was never stored: enter its value';

/**
 * Replaces redaction markers in an incoming document with the stored (decrypted) secrets.
 * A marker with no stored secret behind it is an error: the user must type the secret.
 */
export function keepStoredSecrets<T extends Json>(
  incoming: T,
  storedDecrypted: unknown,
  secretPaths: readonly string[],
): { doc: T; issues: ApiIssue[] } {
  const out = clone(incoming);
  const issues: ApiIssue[] = [];
  forEachSecret(out, secretPaths, (parent, key, value, path) => {
    const stored = storedValueAt(out, storedDecrypted, path.split('.'));
    if (value === REDACTED) {
      if (stored === undefined) issues.push({ path, message: NEVER_STORED });
      else parent[key] = stored;
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      parent[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => {
          if (v !== REDACTED) return [k, v];
          const prev = (stored as Record<string, unknown> | undefined)?.[k];
          if (prev === undefined) issues.push({ path: `${path}.${k}`, message: NEVER_STORED });
          return [k, prev];
        }),
      );
    }
  });
  return { doc: out, issues };
}
