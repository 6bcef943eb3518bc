import { UserUpdateSchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { updateUser } from '@/lib/users/update-user';

export const PATCH = route({ role: 'admin', body: UserUpdateSchema }, async ({ db, actor, params, body }) =>
  updateUser(db, actor, params.userId, body),
);
