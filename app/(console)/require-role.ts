import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import type { Role } from '@/schemas';
import { getCurrentUser } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';

/** The signed-in user of a page that needs a role; others get the 403 page. */
export async function requireRole(role: Role) {
  const user = await getCurrentUser(await headers());
  if (!user) redirect('/login');
  if (!hasRole(user.role, role)) forbidden();
  return user;
}
