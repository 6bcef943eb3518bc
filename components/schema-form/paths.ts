// Field paths as react-hook-form names them: dotted strings with numeric array indexes
// ("upstream.0.auth.token"). Small helpers to build, split and read them.

export type PathSegment = string | number;

/** Joins segments into a dotted path; empty segments (the root) are skipped. */
export function joinPath(...parts: (PathSegment | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== '').join('.');
}

/** Splits a dotted path; numeric segments become numbers. */
export function splitPath(path: string): PathSegment[] {
  if (path === '') return [];
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The value at a path, or undefined when any step is missing. */
export function getAt(root: unknown, path: string | PathSegment[]): unknown {
  const segments = typeof path === 'string' ? splitPath(path) : path;
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment as string];
  }
  return node;
}

/** The parent path ("" for a top-level field). */
export function parentPath(path: string): string {
  const at = path.lastIndexOf('.');
  return at === -1 ? '' : path.slice(0, at);
}

/** Every proper ancestor of a path, nearest first ("a.b.c" → ["a.b", "a"]). */
export function ancestorsOf(path: string): string[] {
  const out: string[] = [];
  for (let p = parentPath(path); p !== ''; p = parentPath(p)) out.push(p);
  return out;
}

/** A path made safe for an element id. */
export function pathToId(formId: string, path: string): string {
  return `${formId}-${path === '' ? 'root' : path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
