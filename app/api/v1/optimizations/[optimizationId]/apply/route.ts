import { route } from '@/lib/auth/route';
import { OptimizationApplySchema } from '@/schemas/optimization-api';
import { applyOptimization } from '@/lib/optimization/apply-optimization';

export const POST = route({ role: 'operator', body: OptimizationApplySchema }, async ({ db, actor, params, body }) =>
  applyOptimization(db, actor, params.optimizationId, body),
);
