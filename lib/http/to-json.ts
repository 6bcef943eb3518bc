/** The value as the JSON API would send it (Dates become ISO strings), so data prefetched on
 * the server matches what the client's fetcher returns. */
export function asJson<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
