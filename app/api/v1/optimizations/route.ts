import { route } from '@/lib/auth/route';
import { OptimizationListQuerySchema } from '@/schemas/optimization-api';
import { listOptimizations } from '@/lib/optimization/list-optimizations';

export const GET = route({ role: 'viewer', query: OptimizationListQuerySchema }, async ({ db, query }) => ({
  optimizations: await listOptimizations(db, { pluginId: query.plugin, status: query.status === 'all' ? undefined : query.status }),
}));
