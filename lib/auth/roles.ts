// Roles are ordered: each role can do everything the roles below it can.
import type { Role } from '@/schemas';

const ORDER: Record<Role, number> = { viewer: 0, operator: 1, approver: 2, admin: 3 };

export function hasRole(actual: Role, required: Role): boolean {
  return ORDER[actual] >= ORDER[required];
}
