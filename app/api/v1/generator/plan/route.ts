import { route } from '@/lib/auth/route';
import { PlanBodySchema } from '@/schemas/generator-api';
import { planDescription } from '@/lib/generator/plan/plan-description';

// The plan to review before generating: what the reader understood, nothing saved.
export const POST = route({ role: 'operator', body: PlanBodySchema }, async ({ body }) => ({ plan: planDescription(body.description) }));
