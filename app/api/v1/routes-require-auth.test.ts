// Every /api/v1 route, found on the file system (not a hand-kept list), answers 401 to a
// request without credentials, for every method it exports.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestDb } from '@/lib/testing/test-db';
import { call } from '@/lib/testing/http';

useTestDb();

const root = path.resolve(import.meta.dirname);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [full] : [];
  });
}

function sampleParams(file: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const m of path.relative(root, file).matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)) params[m[1]] = m[1] === 'kind' ? 'sandbox' : 'x';
  return params;
}

const files = routeFiles(root);

describe('every /api/v1 route requires credentials', () => {
  it('finds the routes', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    const rel = `/api/v1/${path.relative(root, path.dirname(file))}`;
    it(`${rel} answers 401 without credentials`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const exported = METHODS.filter((m) => typeof mod[m] === 'function');
      expect(exported.length, `${rel} exports no handler`).toBeGreaterThan(0);
      for (const method of exported) {
        const handler = mod[method] as Parameters<typeof call>[0];
        const res = await call(handler, { method, path: rel, params: sampleParams(file), body: method === 'GET' || method === 'DELETE' ? undefined : {} });
        expect(res.status, `${method} ${rel}`).toBe(401);
        expect(res.body.error.code).toBe('unauthorized');
      }
    });
  }
});
