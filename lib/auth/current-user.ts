// The signed-in user behind a request's session cookie: for server pages (getCurrentUser) and
// the API's route wrapper (sessionUser, which tells a disabled account apart).
import type { Role } from '@/schemas';
import { getAuth } from './auth';

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The session's user and whether the account is disabled; null without a session. */
export async function sessionUser(headers: Headers): Promise<{ user: CurrentUser; disabled: boolean } | null> {
  const found = await (await getAuth()).api.getSession({ headers });
  if (!found) return null;
  const u = found.user as typeof found.user & { role: Role; disabled: boolean };
  return { user: { id: u.id, name: u.name, email: u.email, role: u.role }, disabled: u.disabled };
}

/** The signed-in user for a server page (null when signed out or disabled). */
export async function getCurrentUser(headers: Headers): Promise<CurrentUser | null> {
  const found = await sessionUser(headers);
  return found && !found.disabled ? found.user : null;
}
