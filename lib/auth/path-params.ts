/** Path parameters as Next gives them, catch-all segments joined with `/`. */
export function flattenParams(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : (v ?? '')]));
}
