import type { Role } from '@/schemas';
import type { user } from '../db/schema';

export type UserRow = typeof user.$inferSelect;

/** The fields of a user that the API shows. */
export function publicUser(u: UserRow) {
  return { id: u.id, email: u.email, name: u.name, role: u.role as Role, disabled: u.disabled, createdAt: u.createdAt };
}
