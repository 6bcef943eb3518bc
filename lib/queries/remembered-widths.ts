// The data widths (buckets) that the Anomalies page's swim lanes and metric stack last measured,
// kept in cookies so the server can prefetch exactly the queries the browser is about to make
// and stream them with the page. Without a cookie (a first visit) the browser fetches as usual.
import { MetricStackQuerySchema } from '@/schemas';

export const REMEMBERED_WIDTH_COOKIES = { lanes: 'console-lanes-width', stack: 'console-stack-width' } as const;
export type RememberedWidth = keyof typeof REMEMBERED_WIDTH_COOKIES;

/** A remembered width, within the API's bounds, or null for a missing or tampered cookie. */
export function parseRememberedWidth(value: string | undefined): number | null {
  if (value === undefined) return null;
  const parsed = MetricStackQuerySchema.shape.width.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const YEAR_MS = 365 * 86_400_000;

/** The cookie that remembers a width for a year, for every page of the console (Cookie Store API's form). */
export function rememberedWidthCookie(name: RememberedWidth, width: number, now = Date.now()) {
  return { name: REMEMBERED_WIDTH_COOKIES[name], value: String(width), path: '/', expires: now + YEAR_MS, sameSite: 'lax' as const };
}
