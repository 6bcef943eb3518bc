import { MetricStackQuerySchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { getMetricStack } from '@/lib/aiops/query/get-metric-series';

export const GET = route({ role: 'viewer', query: MetricStackQuerySchema }, async ({ db, query }) => getMetricStack(db, query));
