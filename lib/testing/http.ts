// Calls route handlers the way Next does, with cookies from a real better-auth sign-in.
import type { Role } from '@/schemas';
import { getAuth } from '../auth/auth';
import { getDb } from '../db/client';
import { systemActor } from '../auth/actor';
import { createUser } from '../users/create-user';

export const ORIGIN = 'http://localhost:3000';

// As Next calls a route: a route without dynamic segments gets no params at all.
type Handler = (req: Request, ctx: { params?: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  path?: string;
  body?: unknown;
  rawBody?: string;
  cookie?: string;
  token?: string;
  params?: Record<string, string>;
  origin?: string | null;
  /** Further request headers, as a client may send them. */
  headers?: Record<string, string>;
}

export async function call(handler: Handler, opts: CallOptions = {}) {
  const headers = new Headers({ host: 'localhost:3000', ...opts.headers });
  if (opts.body !== undefined || opts.rawBody !== undefined) headers.set('content-type', 'application/json');
  if (opts.cookie) headers.set('cookie', opts.cookie);
  if (opts.token) headers.set('authorization', `Bearer ${opts.token}`);
  const method = opts.method ?? 'GET';
  if (opts.origin !== null && method !== 'GET') headers.set('origin', opts.origin ?? ORIGIN);
  const req = new Request(`${ORIGIN}${opts.path ?? '/api/v1/test'}`, {
    method,
    headers,
    body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const res = await handler(req, opts.params ? { params: Promise.resolve(opts.params) } : {});
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** Signs in through better-auth's real endpoint and returns the session cookie. */
export async function signIn(email: string, password: string): Promise<string> {
  const auth = await getAuth();
  const res = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, host: 'localhost:3000' },
      body: JSON.stringify({ email, password }),
    }),
  );
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

let counter = 0;
/** Creates a user with the role and returns its session cookie. */
export async function userWithRole(role: Role): Promise<{ cookie: string; email: string }> {
  const email = `${role}${++counter}@test.local`;
  await createUser(await getDb(), systemActor('test'), { email, name: `${role} ${counter}`, role, password: 'correct horse battery' });
  return { cookie: await signIn(email, 'correct horse battery'), email };
}
