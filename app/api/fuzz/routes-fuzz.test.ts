// The route fuzz suite: every route file on disk under app/ and every method it exports is
// called in-process as an admin with bodies, queries and path parameters generated from the
// route's own Zod schemas (fast-check, fixed seed), plus the hostile cases of hostile.ts.
// Every answer must be below 500, a 4xx must be the error envelope, and none may hang.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '@/lib/testing/test-db';
import { userWithRole } from '@/lib/testing/http';
import { getDb } from '@/lib/db/client';
import { plugin } from '@/lib/db/schema';
import { systemActor } from '@/lib/auth/actor';
import { createPlugin } from '@/lib/plugins/create-plugin';
import { createUser } from '@/lib/users/create-user';
import { createToken } from '@/lib/tokens/create-token';
import { protocolSchemaNames } from '@/schemas';
import { arbitraryFor, inputJsonSchema } from './arbitrary';
import { callRoute, isErrorEnvelope, type FuzzRequest, type RouteHandler } from './call-route';
import { HOSTILE_PARAMS, HOSTILE_QUERY_VALUES, hostileRawBodies, mutations } from './hostile';

useTestDb();

const API_ROOT = path.resolve(import.meta.dirname, '..');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Requests generated from the schemas per method (the hostile cases come on top). */
const GENERATED_RUNS = 4;
/** Routes whose every valid request does real work (generation, scans, analyses, previews, connections). */
const HEAVY = /generator\/(generate|refine)|optimizations\/scan|\/rca$|aiops\/preview|test-connection|test-upstream|analyses/;
const DEADLINE_MS = 20_000;
const SEED = 20_261_207;

type RouteOptions = { body?: z.ZodType; query?: z.ZodType };
type Exported = RouteHandler & { routeOptions?: RouteOptions };

function routeFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return routeFiles(full);
      return name === 'route.ts' ? [full] : [];
    })
    .sort();
}

// Every route of the app, also those outside /api (the OTLP paths /v1/…, /metrics).
const APP_ROOT = path.resolve(API_ROOT, '..');
const files = routeFiles(APP_ROOT);
const patternOf = (file: string) => `/${path.relative(APP_ROOT, path.dirname(file)).split(path.sep).join('/')}`;
const paramNames = (pattern: string) => [...pattern.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((m) => ({ name: m[2], catchAll: !!m[1] }));

/** Ids that exist (the admin's own objects, another user's), per path parameter name. */
const pools: Record<string, string[]> = {
  pluginId: ['fuzz-a', 'fuzz-b/c@1'],
  kind: ['sandbox', 'hot-reload', 'aiops', 'registry', 'metrics-source', 'telemetry'],
  name: [protocolSchemaNames[0], 'NoSuchSchema'],
};
const DEFAULT_POOL = ['1', '2', '00000000-0000-4000-8000-000000000000'];

const stats = { routes: 0, methods: 0, requests: 0, statuses: new Map<number, number>(), hung: 0 };
let admin = '';

function sample<T>(arb: fc.Arbitrary<T>, n: number, salt: number): T[] {
  return fc.sample(arb, { numRuns: n, seed: SEED + salt });
}

function toQuery(value: unknown): string {
  const q = new URLSearchParams();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) q.append(k, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  return q.toString();
}

function pathFor(pattern: string, params: Record<string, string | string[]>): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const v = params[name];
    return Array.isArray(v) ? v.map(encodeURIComponent).join('/') : encodeURIComponent(v ?? '');
  });
}

/** Every request one method of one route gets. */
function requestsFor(pattern: string, method: string, opts: RouteOptions, salt: number): FuzzRequest[] {
  const names = paramNames(pattern);
  const runs = HEAVY.test(pattern) ? 1 : GENERATED_RUNS;
  const base: Record<string, string | string[]> = {};
  for (const p of names) base[p.name] = p.catchAll ? ['get-session'] : (pools[p.name] ?? DEFAULT_POOL)[0];
  const paramVariants: Record<string, string | string[]>[] = [base];
  for (const p of names) {
    if (p.catchAll) continue;
    for (const v of [...(pools[p.name] ?? DEFAULT_POOL).slice(1), ...HOSTILE_PARAMS]) paramVariants.push({ ...base, [p.name]: v });
  }

  const queries = opts.query ? sample(arbitraryFor(opts.query), runs, salt).map(toQuery) : [''];
  if (opts.query) {
    const keys = Object.keys(inputJsonSchema(opts.query).properties ?? {});
    const first = new URLSearchParams(queries[0]);
    for (const key of keys) {
      for (const v of HOSTILE_QUERY_VALUES) {
        const q = new URLSearchParams(first);
        q.set(key, v);
        queries.push(q.toString());
      }
      const twice = new URLSearchParams(first);
      twice.append(key, 'a');
      twice.append(key, 'b');
      queries.push(twice.toString());
    }
  }

  const hasBody = method !== 'GET' && method !== 'DELETE';
  let bodies: (string | undefined)[] = [undefined];
  if (hasBody && opts.body) {
    const generated = sample(arbitraryFor(opts.body), runs, salt + 1);
    const hostile = mutations(generated[0], HEAVY.test(pattern) ? 3 : 6);
    bodies = [...generated.map((b) => JSON.stringify(b)), ...hostile, ...hostileRawBodies()];
  } else if (hasBody) {
    bodies = ['{}', ...hostileRawBodies().slice(0, 3)];
  }

  const out: FuzzRequest[] = [];
  const at = (params: Record<string, string | string[]>) => pathFor(pattern, params);
  for (const params of paramVariants) out.push({ method, path: at(params), params, query: queries[0], body: bodies[0] });
  for (const query of queries.slice(1)) out.push({ method, path: at(base), params: base, query, body: bodies[0] });
  for (const body of bodies.slice(1)) out.push({ method, path: at(base), params: base, query: queries[0], body });
  return out;
}

/** The auth route's own cases: sign-in bodies and a few endpoints, without a session. */
function authRequests(method: string): FuzzRequest[] {
  const ends = [['get-session'], ['sign-in', 'email'], ['sign-out'], ['%'], ['..', '..', 'etc', 'passwd']];
  if (method === 'GET') return ends.map((all) => ({ method, path: `/api/auth/${all.join('/')}`, params: { all } }));
  const login = { email: 'nobody@test.local', password: 'wrong password!' };
  const bodies = [JSON.stringify(login), ...mutations(login), ...hostileRawBodies()];
  return bodies.map((body) => ({ method, path: '/api/auth/sign-in/email', params: { all: ['sign-in', 'email'] }, body }));
}

async function ensureSeed() {
  const db = await getDb();
  for (const id of pools.pluginId) {
    const [row] = await db.select().from(plugin).where(eq(plugin.id, id));
    if (!row) await createPlugin(db, systemActor('fuzz'), { id, name: `Fuzz ${id}` });
  }
}

describe('route fuzz suite', () => {
  beforeAll(async () => {
    admin = (await userWithRole('admin')).cookie;
    const db = await getDb();
    const other = await createUser(db, systemActor('fuzz'), { email: 'other@test.local', name: 'Other', role: 'viewer', password: 'correct horse battery' });
    const otherActor = { kind: 'user' as const, id: other.id, name: other.name, email: other.email, role: other.role };
    const token = await createToken(db, otherActor, { name: 'other', scopes: ['read'] });
    pools.userId = [other.id];
    pools.tokenId = [(token as { id: string }).id];
  });
  beforeEach(ensureSeed);

  afterAll(() => {
    const statuses = [...stats.statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}: ${n}`).join(', ');
    console.info(`[fuzz] routes ${stats.routes}/${files.length}, methods ${stats.methods}, requests ${stats.requests}, hung ${stats.hung}; statuses ${statuses}`);
  });

  it('finds the route files on disk', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  files.forEach((file, index) => {
    const pattern = patternOf(file);
    it(`${pattern}: never 5xx, 4xx in the envelope, never a hang`, { timeout: 240_000 }, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const exported = METHODS.filter((m) => typeof mod[m] === 'function');
      expect(exported.length, `${pattern} exports no handler`).toBeGreaterThan(0);
      const isAuth = pattern.startsWith('/api/auth');
      const failures: string[] = [];
      for (const method of exported) {
        const handler = mod[method] as Exported;
        const opts = handler.routeOptions;
        if (!isAuth) expect(opts, `${method} ${pattern} is not declared through route()`).toBeDefined();
        const requests = isAuth ? authRequests(method) : requestsFor(pattern, method, opts ?? {}, index * 10 + METHODS.indexOf(method));
        for (const r of requests) {
          const answer = await callRoute(handler, r, isAuth ? '' : admin, DEADLINE_MS);
          stats.requests++;
          stats.statuses.set(answer.status, (stats.statuses.get(answer.status) ?? 0) + 1);
          const what = `${method} ${r.path.slice(0, 120)}${r.query ? `?${r.query.slice(0, 80)}` : ''} body=${(r.body ?? '').slice(0, 80)}`;
          if (answer.hung) {
            stats.hung++;
            failures.push(`hung: ${what}`);
          } else if (answer.status >= 500) failures.push(`${answer.status}: ${what}`);
          else if (answer.status >= 400 && !isAuth && !isErrorEnvelope(answer.json)) failures.push(`${answer.status} without the envelope: ${what}`);
        }
        stats.methods++;
      }
      stats.routes++;
      expect(failures.slice(0, 15), `${failures.length} failures`).toEqual([]);
    });
  });

  it('exercised every route and method found on disk', async () => {
    let methods = 0;
    for (const file of files) {
      const mod = (await import(file)) as Record<string, unknown>;
      methods += METHODS.filter((m) => typeof mod[m] === 'function').length;
    }
    expect(stats.routes).toBe(files.length);
    expect(stats.methods).toBe(methods);
  });
});
