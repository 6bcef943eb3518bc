import { route } from '@/lib/auth/route';
import { revokeToken } from '@/lib/tokens/revoke-token';

export const DELETE = route({ role: 'admin' }, async ({ db, actor, params }) => {
  await revokeToken(db, actor, params.tokenId);
  return { revoked: params.tokenId };
});
