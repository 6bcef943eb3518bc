import { TokenCreateSchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { listTokens } from '@/lib/tokens/list-tokens';
import { createToken } from '@/lib/tokens/create-token';

export const GET = route({ role: 'admin' }, async ({ db }) => ({ tokens: await listTokens(db) }));
export const POST = route({ role: 'admin', body: TokenCreateSchema, status: 201 }, async ({ db, actor, body }) =>
  createToken(db, actor, body),
);
