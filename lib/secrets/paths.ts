// Walks a document along the secret path patterns that schemas/secrets.ts derives from the
// schema: `upstream[*].auth.password` (`[*]` = every array item, `*` = every record value).
import { EACH_ITEM, EACH_KEY } from '@/schemas/secrets';

export type SecretVisitor = (parent: Record<string, unknown>, key: string, value: unknown, path: string) => void;

/** `[*]` becomes a path step of its own, spelled `#` (no schema field has that name). */
const ITEM_STEP = '#';

function splitPattern(pattern: string): string[] {
  return pattern.replaceAll(EACH_ITEM, `.${ITEM_STEP}`).split('.').filter(Boolean);
}

function visit(node: unknown, parts: string[], prefix: string[], fn: SecretVisitor): void {
  if (node === null || typeof node !== 'object') return;
  const [head, ...rest] = parts;
  if (head === ITEM_STEP) {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, rest, [...prefix, String(i)], fn));
    return;
  }
  if (Array.isArray(node)) return;
  const obj = node as Record<string, unknown>;
  const keys = head === EACH_KEY ? Object.keys(obj) : [head];
  for (const key of keys) {
    if (!Object.hasOwn(obj, key) || obj[key] === undefined) continue;
    if (rest.length === 0) fn(obj, key, obj[key], [...prefix, key].join('.'));
    else visit(obj[key], rest, [...prefix, key], fn);
  }
}

/** Calls fn for every present secret value of the document. */
export function forEachSecret(doc: unknown, secretPaths: readonly string[], fn: SecretVisitor): void {
  for (const p of secretPaths) visit(doc, splitPattern(p), [], fn);
}
