import { route } from '@/lib/auth/route';
import { revertOptimization } from '@/lib/optimization/revert-optimization';

export const POST = route({ role: 'operator' }, async ({ db, actor, params }) => revertOptimization(db, actor, params.optimizationId));
