// Who is acting: a signed-in user, a machine holding an API token, or the console itself.
import type { Role, TokenScope } from '@/schemas';

export type Actor =
  | { kind: 'user'; id: string; name: string; email: string; role: Role }
  | { kind: 'token'; id: string; name: string; scopes: TokenScope[] }
  | { kind: 'system'; id: null; name: string };

export const systemActor = (name = 'console'): Actor => ({ kind: 'system', id: null, name });

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return actor.email;
  if (actor.kind === 'token') return `token:${actor.name}`;
  return actor.name;
}
