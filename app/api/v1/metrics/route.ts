import { MetricBatchSchema, MetricsQuerySchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { ingestMetrics } from '@/lib/aiops/ingest/ingest-metrics';
import { getMetricSeries } from '@/lib/aiops/query/get-metric-series';
import { allowedPlugins } from '@/lib/tokens/token-plugins';

export const POST = route({ role: 'operator', scope: 'metrics:write', body: MetricBatchSchema, maxBodyBytes: 5 * 1024 * 1024 }, async ({ db, body, actor }) =>
  ingestMetrics(db, body.points, Date.now(), await allowedPlugins(db, actor)),
);

export const GET = route({ role: 'viewer', query: MetricsQuerySchema }, async ({ db, query }) => getMetricSeries(db, query));
