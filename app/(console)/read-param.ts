// Search params reach a page as a record (server) and as URLSearchParams (client); every view's
// search-params.ts reads its values through this, so both sides see the same first value.
export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function readParam(raw: RawParams, key: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(key) ?? undefined;
  const v = raw[key];
  return Array.isArray(v) ? v[0] : v;
}
