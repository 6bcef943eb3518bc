// The route a request matched, as a label of bounded cardinality: the path with each path
// parameter's segments put back as `[name]` (`/api/v1/incidents/42` → `/api/v1/incidents/[incidentId]`).
// A path whose parameters cannot all be found is `other`, never the raw path.

export const OTHER_ROUTE = 'other';
const MAX_TEMPLATE_LENGTH = 200;

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function routeTemplate(pathname: string, params: Record<string, string>): string {
  const segments = pathname.split('/');
  const names = new Array<string | null>(segments.length).fill(null);
  // Longer values first, so a catch-all's several segments are placed before a shorter one.
  const entries = Object.entries(params).sort((a, b) => b[1].length - a[1].length);
  // From the end: parameters follow the fixed part of a route (`/plugins/[pluginId]/aiops`).
  const place = (parts: string[], label: string): boolean => {
    for (let i = segments.length - parts.length; i >= 1; i--) {
      if (parts.every((p, j) => names[i + j] === null && decoded(segments[i + j]) === p)) {
        for (let j = 0; j < parts.length; j++) names[i + j] = j === 0 ? label : '';
        return true;
      }
    }
    return false;
  };
  for (const [name, value] of entries) {
    // One segment (a plugin id with an encoded `/`), or a catch-all's several.
    const placed = place([value], `[${name}]`) || (value.includes('/') && place(value.split('/'), `[...${name}]`));
    if (!placed) return OTHER_ROUTE;
  }
  const template = segments
    .map((s, i) => names[i] ?? s)
    .filter((s, i) => names[i] !== '' || i === 0)
    .join('/');
  return template.length > MAX_TEMPLATE_LENGTH ? OTHER_ROUTE : template;
}
