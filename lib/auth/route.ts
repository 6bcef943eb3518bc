// The one wrapper every /api/v1 handler is declared through: it authenticates (session cookie
// or API token), checks the role or token scope, enforces same-origin for cookie writes,
// parses body and query with Zod, and maps every error to the one envelope.
// Web-standard Request/Response only, so lib/ stays free of Next imports.
import { z } from 'zod';
import type { Role, TokenScope } from '@/schemas';
import { unstorableTextReason } from '@/schemas/primitives';
import { getDb, type Db } from '../db/client';
import { ApiError, badRequest, forbidden, unauthorized, zodIssues } from '../errors';
import type { Actor } from './actor';
import { requestOrigin } from './auth';
import { sessionUser } from './current-user';
import { hasRole } from './roles';
import { verifyToken } from '../tokens/verify-token';
import { readBodyText } from './read-body';
import { flattenParams } from './path-params';
import { recordRequest } from '../console-metrics/record-request';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface RouteOptions<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  /** The lowest role a signed-in user needs. */
  role: Role;
  /** The scope an API token needs; without it tokens are refused (except `read` on GET). */
  scope?: TokenScope;
  body?: B;
  query?: Q;
  maxBodyBytes?: number;
  /** Status of a successful response when the handler returns plain data. */
  status?: number;
}

export interface RouteContext<B, Q> {
  req: Request;
  actor: Actor;
  db: Db;
  body: B;
  query: Q;
  params: Record<string, string>;
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;
// Next gives a route without dynamic segments no params at all.
type NextCtx = { params?: Promise<Record<string, string | string[] | undefined>> };

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export function errorResponse(err: ApiError): Response {
  return json({ error: { code: err.code, message: err.message, issues: err.issues, ...(err.details ?? {}) } }, err.status);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function authenticate(req: Request, db: Db, opts: RouteOptions<z.ZodType | undefined, z.ZodType | undefined>): Promise<Actor> {
  const authz = req.headers.get('authorization');
  if (authz) {
    const m = /^Bearer\s+(\S+)$/i.exec(authz);
    const actor = m ? await verifyToken(db, m[1]) : null;
    if (!actor || actor.kind !== 'token') throw unauthorized('The API token is missing, unknown, revoked or expired');
    const allowed = opts.scope
      ? actor.scopes.includes(opts.scope)
      : SAFE_METHODS.has(req.method) && opts.role === 'viewer' && actor.scopes.includes('read');
    if (!allowed) throw forbidden(opts.scope ? `This token lacks the scope ${opts.scope}` : 'API tokens cannot use this endpoint');
    return actor;
  }
  const found = await sessionUser(req.headers);
  if (!found) throw unauthorized();
  if (found.disabled) throw unauthorized('This account is disabled');
  const u = found.user;
  if (!SAFE_METHODS.has(req.method)) {
    const origin = req.headers.get('origin');
    if (origin !== requestOrigin(req)) throw forbidden('Cross-origin requests that change data are refused');
  }
  if (!hasRole(u.role, opts.role)) throw forbidden(`This needs the ${opts.role} role; you are ${u.role}`);
  return { kind: 'user', ...u };
}

async function parseBody(req: Request, schema: z.ZodType, maxBytes: number): Promise<unknown> {
  const text = await readBodyText(req, maxBytes);
  let raw: unknown;
  try {
    raw = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON', [{ path: '', message: 'Invalid JSON' }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw askedStatus(parsed.error) ?? badRequest('The request body is invalid', zodIssues(parsed.error));
  return parsed.data;
}

/** A schema may ask for another status than 400 through a custom issue's params (413 for an over-long prompt). */
function askedStatus(error: z.ZodError): ApiError | null {
  const asked = error.issues.find((i) => i.code === 'custom' && typeof i.params?.status === 'number' && typeof i.params?.code === 'string');
  return asked?.code === 'custom' ? new ApiError(asked.params!.status, asked.params!.code, asked.message, zodIssues(error)) : null;
}

function parseQuery(req: Request, schema: z.ZodType): unknown {
  const params = new URL(req.url).searchParams;
  const obj: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    obj[key] = all.length > 1 ? all : all[0];
  }
  const parsed = schema.safeParse(obj);
  if (!parsed.success) throw badRequest('The query parameters are invalid', zodIssues(parsed.error));
  return parsed.data;
}

/**
 * Path parameters as Next gives them: already decoded once (`%2F` is `/`, `%25` is `%`), so they
 * are used as they are; decoding again would read `abc%252F` as `abc/` and throw on `%`.
 * Catch-all segments are joined with `/`. Text the database cannot hold is a 400 here.
 */
async function readParams(ctx: NextCtx | undefined): Promise<Record<string, string>> {
  const raw = (await ctx?.params) ?? {};
  const params = flattenParams(raw);
  const issues = Object.entries(params).flatMap(([k, v]) => {
    const reason = unstorableTextReason(v);
    return reason ? [{ path: `params.${k}`, message: reason }] : [];
  });
  if (issues.length > 0) throw badRequest('A path parameter is invalid', issues);
  return params;
}

export function route<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  opts: RouteOptions<B, Q>,
  handler: (ctx: RouteContext<Out<B>, Out<Q>>) => Promise<unknown>,
) {
  const answer = async (req: Request, ctx?: NextCtx): Promise<Response> => {
    try {
      const db = await getDb();
      const actor = await authenticate(req, db, opts);
      const body = opts.body ? await parseBody(req, opts.body, opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined;
      const query = opts.query ? parseQuery(req, opts.query) : undefined;
      const params = await readParams(ctx);
      const result = await handler({ req, actor, db, body: body as Out<B>, query: query as Out<Q>, params });
      if (result instanceof Response) return result;
      return json(result ?? { ok: true }, opts.status ?? 200);
    } catch (err) {
      if (err instanceof ApiError) return errorResponse(err);
      if (err instanceof z.ZodError) return errorResponse(badRequest('The request is invalid', zodIssues(err)));
      console.error(`[api] ${req.method} ${new URL(req.url).pathname} failed:`, err);
      return errorResponse(new ApiError(500, 'internal', 'Something went wrong on the server; the error was logged'));
    }
  };
  const handle = async (req: Request, ctx?: NextCtx): Promise<Response> => {
    const started = performance.now();
    const res = await answer(req, ctx);
    // Next passes no params to a route without dynamic segments: params may be undefined.
    const params = await Promise.resolve(ctx?.params).catch(() => undefined);
    recordRequest(req, flattenParams(params ?? {}), res.status, performance.now() - started);
    return res;
  };
  // The options ride along so tests can read a route's schemas (the fuzz suite generates from them).
  return Object.assign(handle, { routeOptions: opts as RouteOptions<z.ZodType | undefined, z.ZodType | undefined> });
}
