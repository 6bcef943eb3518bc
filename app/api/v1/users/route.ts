import { UserCreateSchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { listUsers } from '@/lib/users/list-users';
import { createUser } from '@/lib/users/create-user';

export const GET = route({ role: 'admin' }, async ({ db }) => ({ users: await listUsers(db) }));
export const POST = route({ role: 'admin', body: UserCreateSchema, status: 201 }, async ({ db, actor, body }) =>
  createUser(db, actor, body),
);
