// Path parameters exactly as Next 16 hands them to a route handler, from its own matcher: each
// segment decoded once (`%2F` → `/`, `%25` → `%`), catch-all segments as an array.
import { getRouteMatcher } from 'next/dist/shared/lib/router/utils/route-matcher';
import { getRouteRegex } from 'next/dist/shared/lib/router/utils/route-regex';

/** The params Next gives the route `pattern` (`/api/v1/plugins/[pluginId]`) for a raw `pathname`. */
export function nextParams(pattern: string, pathname: string): Record<string, string | string[]> {
  const match = getRouteMatcher(getRouteRegex(pattern))(pathname);
  if (!match) throw new Error(`${pathname} does not match ${pattern}`);
  return match as Record<string, string | string[]>;
}
