// Plugin ids may contain `/` and `@`, so they travel URL-encoded in one path segment. Next 16
// hands pages their params still encoded (getDynamicParam re-encodes them for the router tree),
// while route handlers get them decoded once (lib/auth/route.ts uses those as they are). So a
// page decodes exactly once here; a route handler never does.
export function pluginIdFromParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param; // not produced by Next's own encoding; left as is, and the id check refuses it
  }
}
