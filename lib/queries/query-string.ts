// The query string of an API GET: unset filters (undefined, empty text, empty lists) are left
// out, lists are sent comma-separated, as the API's query schemas read them.
export type QueryParams = Record<string, string | number | readonly string[] | undefined>;

export function queryString(params: QueryParams): string {
  const entries: [string, string][] = [];
  for (const [key, v] of Object.entries(params)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    entries.push([key, Array.isArray(v) ? v.join(',') : String(v)]);
  }
  return new URLSearchParams(entries).toString();
}
