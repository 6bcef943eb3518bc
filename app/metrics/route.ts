// The console's own health and throughput in Prometheus text format, for a Prometheus scrape
// with a `metrics:read` token (or a signed-in operator).
import { route } from '@/lib/auth/route';
import { renderConsoleMetrics } from '@/lib/console-metrics/render-metrics';

export const GET = route({ role: 'operator', scope: 'metrics:read' }, async ({ db }) => {
  const { contentType, text } = await renderConsoleMetrics(db);
  return new Response(text, { headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
});
