import { route } from '@/lib/auth/route';
import { getGeneration } from '@/lib/generator/history/get-generation';

export const GET = route({ role: 'viewer' }, async ({ db, params }) => ({ generation: await getGeneration(db, params.generationId) }));
