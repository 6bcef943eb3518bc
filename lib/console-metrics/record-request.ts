// Counts an answered API request and its duration under its route template (see route-template.ts).
import { consoleMetrics } from './instruments';
import { routeTemplate } from './route-template';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function recordRequest(req: Request, params: Record<string, string>, status: number, ms: number): void {
  const route = routeTemplate(new URL(req.url).pathname, params);
  const method = METHODS.has(req.method) ? req.method : 'other';
  const m = consoleMetrics();
  m.httpRequests.inc({ method, route, status: String(status) });
  m.httpDuration.observe({ method, route }, ms / 1000);
}
