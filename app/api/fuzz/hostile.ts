// The hostile inputs of the route fuzz suite: values a careless client or an attacker sends in
// path parameters, query strings and bodies, and mutations of a well-formed body that put them
// into its leaves (NUL, lone surrogates, huge strings, wrong types, out-of-range numbers, deep
// nesting).

/** Strings that broke the server before: each must come back as a 4xx or be handled. */
export const HOSTILE_STRINGS = [
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '',
  ' ',
  '%',
  '..',
  'x/../../../../etc/passwd',
  '2026-02-30T00:00:00Z',
  '0001-01-01T00:00:00Z',
  'now-1000000000h',
  '<script>alert(1)</script>',
  'x'.repeat(200_000),
];

/** Numbers at and past every bound the API has. */
export const HOSTILE_NUMBERS = [1.7e308, -1.7e308, 8640000000000001, -8640000000000001, 1e300, 2 ** 31, 2 ** 53 + 2, -1, 0, 0.5, -0];

/** Path parameter values: double encoding, traversal, NUL, numbers past every column. */
export const HOSTILE_PARAMS = [
  '%',
  '%25',
  'abc%2F',
  'abc%252F',
  '.',
  '..',
  'x/../../../../etc/passwd',
  '//',
  'a//b',
  '\u0000',
  'x\u0000',
  ' ',
  'x'.repeat(5_000),
  '1e300',
  '-1',
  '0',
  '9007199254740993',
  '99999999999999999999999',
  '1.5',
  'NaN',
];

/** Query values: time bounds out of range, NUL, numbers past every bound, odd text. */
export const HOSTILE_QUERY_VALUES = [
  '\u0000',
  '%',
  '',
  'now-1000000000h',
  'now-99999999999999999999d',
  '8640000000000001',
  '2026-02-30T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1e300',
  '-1',
  '9007199254740993',
  'NaN',
  'Infinity',
  'x'.repeat(5_000),
];

/** JSON text nested `levels` deep, as arrays and as objects. */
export function deeplyNested(levels: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(levels) + ']'.repeat(levels) : '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

/** Raw request bodies that are not a well-formed request of any route. */
export function hostileRawBodies(): string[] {
  return [
    '{',
    'null',
    '42',
    '"text"',
    '[]',
    '{}',
    'true',
    deeplyNested(10_000, 'array'),
    deeplyNested(10_000, 'object'),
    JSON.stringify({ x: 'y'.repeat(1_100_000) }),
    '{"__proto__":{"polluted":true}}',
  ];
}

type Path = (string | number)[];

function leaves(value: unknown, path: Path = [], out: { path: Path; value: unknown }[] = []): { path: Path; value: unknown }[] {
  if (value !== null && typeof value === 'object') {
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    if (entries.length === 0) out.push({ path, value });
    for (const [k, v] of entries) leaves(v, [...path, k], out);
  } else {
    out.push({ path, value });
  }
  return out;
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = replacement;
  return copy;
}

/**
 * Variants of a well-formed body, as JSON text, with one leaf replaced: hostile strings in
 * string leaves, hostile numbers in number leaves, a wrong type and 10 000 levels of nesting
 * anywhere (spliced in as text: JSON.stringify itself overflows on such depth). Bounded by
 * `maxLeaves` so a large body does not multiply the suite's requests.
 */
export function mutations(body: unknown, maxLeaves = 6): string[] {
  const found = leaves(body).slice(0, maxLeaves);
  const out: string[] = [];
  const put = (path: Path, v: unknown) => out.push(JSON.stringify(replaceAt(body, path, v)));
  const DEEP = '__deeply_nested__';
  for (const { path, value } of found) {
    if (typeof value === 'string') for (const s of HOSTILE_STRINGS) put(path, s);
    else if (typeof value === 'number') for (const n of HOSTILE_NUMBERS) put(path, n);
    const wrong = typeof value === 'string' ? 12 : typeof value === 'number' ? 'twelve' : typeof value === 'boolean' ? 'yes' : 'x';
    put(path, wrong);
    put(path, null);
    put(path, { nested: [value] });
    out.push(JSON.stringify(replaceAt(body, path, DEEP)).replace(JSON.stringify(DEEP), deeplyNested(10_000, 'array')));
  }
  // Keys that cannot be stored, and an unknown extra field.
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    for (const extra of [{ ['k\u0000']: 1 }, { ['\ud800']: 'x' }, { unexpectedField: 'x' }]) out.push(JSON.stringify({ ...body, ...extra }));
  }
  return out;
}
