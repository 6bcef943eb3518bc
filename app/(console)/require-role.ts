import { forbidden, redirect } from 'next/navigation';
import type { Role } from '@/schemas';
import { requestUser } from './request-user';
import { hasRole } from '@/lib/auth/roles';

/** The signed-in user of a page that needs a role; others get the 403 page. */
export async function requireRole(role: Role) {
  const user = await requestUser();
  if (!user) redirect('/login');
  if (!hasRole(user.role, role)) forbidden();
  return user;
}
