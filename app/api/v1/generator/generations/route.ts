import { route } from '@/lib/auth/route';
import { GenerationListQuerySchema } from '@/schemas/generator-api';
import { listGenerations } from '@/lib/generator/history/list-generations';

export const GET = route({ role: 'viewer', query: GenerationListQuerySchema }, async ({ db, actor, query }) => ({
  generations: await listGenerations(db, { limit: query.limit, userId: query.mine === '1' ? (actor.id ?? undefined) : undefined }),
}));
