import { route } from '@/lib/auth/route';
import { OptimizationApplySchema } from '@/lib/optimization/api-schemas';
import { applyOptimization } from '@/lib/optimization/apply-optimization';

export const POST = route({ role: 'operator', body: OptimizationApplySchema }, async ({ db, actor, params, body }) =>
  applyOptimization(db, actor, params.optimizationId, body),
);
