// The signed-in user for a server page, from the request's headers (null when signed out).
import type { Role } from '@/schemas';
import { getAuth } from './auth';

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export async function getCurrentUser(headers: Headers): Promise<CurrentUser | null> {
  const found = await (await getAuth()).api.getSession({ headers });
  if (!found) return null;
  const u = found.user as typeof found.user & { role: Role; disabled: boolean };
  if (u.disabled) return null;
  return { id: u.id, name: u.name, email: u.email, role: u.role };
}
