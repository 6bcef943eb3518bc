import { route } from '@/lib/auth/route';
import { OptimizationDismissSchema } from '@/schemas/optimization-api';
import { dismissOptimization } from '@/lib/optimization/dismiss-optimization';

export const POST = route({ role: 'operator', body: OptimizationDismissSchema }, async ({ db, actor, params, body }) =>
  dismissOptimization(db, actor, params.optimizationId, body.reason),
);
