// The generator API end to end through its route handlers: generate (JSON and streamed),
// history, re-open, zip, refine with a diff, DSL input, and the errors (400 R8, 403 viewer,
// 422 nothing to generate, 429 rate limit).
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { useTestDb } from '@/lib/testing/test-db';
import { call, ORIGIN, userWithRole } from '@/lib/testing/http';
import { getDb } from '@/lib/db/client';
import { auditEvent, generation, user } from '@/lib/db/schema';
import { GENERATIONS_PER_WINDOW } from '@/lib/generator/history/rate-limit';
import { MAX_PROMPT_CHARS } from '@/schemas/generator-api';
import * as generateRoute from './generate/route';
import * as refineRoute from './refine/route';
import * as planRoute from './plan/route';
import * as listRoute from './generations/route';
import * as getRoute from './generations/[generationId]/route';
import * as zipRoute from './generations/[generationId]/zip/route';

useTestDb();

const CRM = { description: 'a CRM with accounts and deals; deals have an amount and a stage', pluginType: 'app', outputFormat: 'low-code-schema' };

let operator: string;
let viewer: string;

beforeAll(async () => {
  operator = (await userWithRole('operator')).cookie;
  viewer = (await userWithRole('viewer')).cookie;
});

async function generateCrm(cookie = operator) {
  return call(generateRoute.POST, { method: 'POST', cookie, body: { request: CRM } });
}

describe('POST /api/v1/generator/generate', () => {
  it('generates, saves to the history with verdicts and a preview, and audits', async () => {
    const res = await generateCrm();
    expect(res.status).toBe(201);
    const g = res.body.generation;
    expect(g).toMatchObject({ status: 'ok', input: 'prompt', provider: 'builtin', outputFormat: 'low-code-schema', parentId: null });
    expect(g.result.schemas.map((s: { path: string }) => s.path)).toContain('src/objects/deal.object.ts');
    expect(g.verdicts.length).toBeGreaterThanOrEqual(g.result.schemas.length);
    expect(g.verdicts.every((v: { status: string }) => v.status === 'valid')).toBe(true);
    expect(g.preview.source).toBe('files');
    expect(g.preview.objects.map((o: { name: string }) => o.name).sort()).toEqual(['account', 'deal']);
    const audit = await (await getDb()).select().from(auditEvent).where(eq(auditEvent.target, `generation:${g.id}`));
    expect(audit).toHaveLength(1);
    expect(audit[0].kind).toBe('generation.create');
  });

  it('streams the steps as NDJSON, then the generation', async () => {
    const req = new Request(`${ORIGIN}/api/v1/generator/generate`, {
      method: 'POST',
      headers: { cookie: operator, origin: ORIGIN, host: 'localhost:3000', 'content-type': 'application/json', accept: 'application/x-ndjson' },
      body: JSON.stringify({ request: CRM }),
    });
    const res = await generateRoute.POST(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const events = (await res.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(events[0]).toMatchObject({ type: 'started', id: expect.any(String) });
    expect(events.filter((e) => e.type === 'step').map((e) => `${e.step.id}:${e.step.status}`)).toContain('validate:done');
    expect(events.at(-1)).toMatchObject({ type: 'done', generation: { id: events[0].id, status: 'ok' } });
  });

  it('reads DSL input', async () => {
    const dsl = 'object task\n  title: text required\n  done: boolean\n';
    const res = await call(generateRoute.POST, { method: 'POST', cookie: operator, body: { input: 'dsl', dsl, request: { description: '', pluginType: 'app', outputFormat: 'low-code-schema' } } });
    expect(res.status).toBe(201);
    expect(res.body.generation).toMatchObject({ input: 'dsl', provider: 'dsl', prompt: dsl });
    expect(res.body.generation.preview.objects[0].name).toBe('task');
  });

  it('answers 400 with field paths for a request that breaks R8, and for bad DSL', async () => {
    const res = await call(generateRoute.POST, {
      method: 'POST',
      cookie: operator,
      body: { request: { ...CRM, outputFormat: 'source-code', schemaOptions: { format: 'json' } } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toContainEqual({ path: 'request.schemaOptions', message: 'schemaOptions is only allowed when outputFormat is low-code-schema' });
    const dsl = await call(generateRoute.POST, { method: 'POST', cookie: operator, body: { input: 'dsl', dsl: 'object task\n  title: txt\n', request: { description: '', pluginType: 'app', outputFormat: 'dsl' } } });
    expect(dsl.status).toBe(400);
    expect(dsl.body.error.code).toBe('invalid_dsl');
    expect(dsl.body.error.issues[0].path).toBe('2:10');
  });

  it(`reads a prompt of ${MAX_PROMPT_CHARS} characters and answers 413 naming the field and the limit one character past it`, async () => {
    const bounded = (await userWithRole('operator')).cookie;
    const prompt = (n: number) => `${CRM.description}; ${'deals have a note. '.repeat(n / 19)}`.slice(0, n).padEnd(n, '.');
    const atLimit = await call(generateRoute.POST, { method: 'POST', cookie: bounded, body: { request: { ...CRM, description: prompt(MAX_PROMPT_CHARS) } } });
    expect(atLimit.status).toBe(201);
    const over = await call(generateRoute.POST, { method: 'POST', cookie: bounded, body: { request: { ...CRM, description: prompt(MAX_PROMPT_CHARS + 1) } } });
    expect(over.status).toBe(413);
    expect(over.body.error).toMatchObject({ code: 'prompt_too_large', message: `request.description is ${MAX_PROMPT_CHARS + 1} characters long; the limit is ${MAX_PROMPT_CHARS}` });
    expect(over.body.error.issues).toEqual([{ path: 'request.description', message: over.body.error.message }]);
  });

  it('answers 422 with the suggestions when there is nothing to generate, and keeps the failure in the history', async () => {
    const res = await call(generateRoute.POST, { method: 'POST', cookie: operator, body: { request: { ...CRM, description: 'hello there, how are you' } } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('nothing_to_generate');
    expect(Array.isArray(res.body.error.suggestions)).toBe(true);
    const list = await call(listRoute.GET, { cookie: operator, path: '/api/v1/generator/generations' });
    expect(list.body.generations[0]).toMatchObject({ status: 'failed', prompt: 'hello there, how are you' });
  });

  it('refuses a viewer (403) but lets them read the history', async () => {
    expect((await generateCrm(viewer)).status).toBe(403);
    const list = await call(listRoute.GET, { cookie: viewer, path: '/api/v1/generator/generations' });
    expect(list.status).toBe(200);
    expect(list.body.generations.length).toBeGreaterThan(0);
  });
});

describe('POST /api/v1/generator/plan', () => {
  it('answers the plan to review, with options as written and the words each part came from', async () => {
    const res = await call(planRoute.POST, { method: 'POST', cookie: operator, body: { description: 'Tickets have a title and a status of open, on hold or closed.' } });
    expect(res.status).toBe(200);
    const ticket = res.body.plan.objects.find((o: { name: string }) => o.name === 'ticket');
    expect(ticket.fields.find((f: { name: string }) => f.name === 'status')).toMatchObject({ type: 'select', options: ['Open', 'On Hold', 'Closed'], optionsWritten: true });
    expect(res.body.plan.reader).toBe('builtin');
  });

  it('answers 400 naming the field for an empty description, 422 naming the language for German, 403 for a viewer', async () => {
    const empty = await call(planRoute.POST, { method: 'POST', cookie: operator, body: { description: ' ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues[0].path).toBe('description');
    const german = await call(planRoute.POST, { method: 'POST', cookie: operator, body: { description: 'Wir brauchen eine App für unsere Zahnarztpraxis mit Patienten und Terminen.' } });
    expect(german.status).toBe(422);
    expect(german.body.error).toMatchObject({ code: 'unsupported_language', message: expect.stringContaining('German') });
    const asViewer = await call(planRoute.POST, { method: 'POST', cookie: viewer, body: { description: 'a crm' } });
    expect(asViewer.status).toBe(403);
  });
});

describe('history, zip and refine', () => {
  let id: string;
  beforeAll(async () => {
    id = (await generateCrm()).body.generation.id;
  });

  it('lists without results and re-opens one with everything', async () => {
    const list = await call(listRoute.GET, { cookie: operator, path: '/api/v1/generator/generations?limit=5' });
    const row = list.body.generations.find((g: { id: string }) => g.id === id);
    expect(row).toMatchObject({ status: 'ok', confidence: expect.any(Number), userName: expect.stringContaining('@test.local') });
    expect(row.result).toBeUndefined();
    const one = await call(getRoute.GET, { cookie: viewer, params: { generationId: id } });
    expect(one.status).toBe(200);
    expect(one.body.generation.result.outputFormat).toBe('low-code-schema');
    expect((await call(getRoute.GET, { cookie: viewer, params: { generationId: 'nope' } })).status).toBe(404);
  });

  it('downloads the result as a zip named after the app', async () => {
    const req = new Request(`${ORIGIN}/api/v1/generator/generations/${id}/zip`, { headers: { cookie: viewer, host: 'localhost:3000' } });
    const res = await zipRoute.GET(req, { params: Promise.resolve({ generationId: id }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="crm-${id.slice(0, 8)}.zip"`);
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['src/objects/deal.object.ts', 'src/apps/crm.app.ts', 'app.dsl']));
  });

  it('refines into a new generation pointing at its parent, with a diff', async () => {
    const res = await call(refineRoute.POST, { method: 'POST', cookie: operator, body: { parentId: id, followUp: 'add a priority to deals' } });
    expect(res.status).toBe(201);
    const g = res.body.generation;
    expect(g).toMatchObject({ parentId: id, input: 'refine', provider: 'refine', prompt: 'add a priority to deals' });
    expect(g.changes.join(' ')).toMatch(/priority/i);
    const object = g.diff.find((d: { path: string }) => d.path === 'src/objects/deal.object.ts');
    expect(object.status).toBe('modified');
    expect(object.patch).toMatch(/^\+.*priority/m);
    const reopened = await call(getRoute.GET, { cookie: operator, params: { generationId: g.id } });
    expect(reopened.body.generation.diff).toEqual(g.diff);
    expect((await call(refineRoute.POST, { method: 'POST', cookie: operator, body: { parentId: 'missing', followUp: 'x' } })).status).toBe(404);
  });

  it(`bounds a follow-up at ${MAX_PROMPT_CHARS} characters like a prompt (413 past it)`, async () => {
    const followUp = (n: number) => 'add a priority to deals'.padEnd(n, '.');
    const over = await call(refineRoute.POST, { method: 'POST', cookie: operator, body: { parentId: id, followUp: followUp(MAX_PROMPT_CHARS + 1) } });
    expect(over.status).toBe(413);
    expect(over.body.error).toMatchObject({ code: 'prompt_too_large', issues: [{ path: 'followUp', message: `followUp is ${MAX_PROMPT_CHARS + 1} characters long; the limit is ${MAX_PROMPT_CHARS}` }] });
    const atLimit = await call(refineRoute.POST, { method: 'POST', cookie: (await userWithRole('operator')).cookie, body: { parentId: id, followUp: followUp(MAX_PROMPT_CHARS) } });
    expect(atLimit.status).toBe(201);
  });
});

describe('rate limit', () => {
  it(`answers 429 with retry-after after ${GENERATIONS_PER_WINDOW} generations in a minute`, async () => {
    const limited = await userWithRole('operator');
    const db = await getDb();
    const [u] = await db.select().from(user).where(eq(user.email, limited.email));
    const now = Date.now();
    await db.insert(generation).values(
      Array.from({ length: GENERATIONS_PER_WINDOW }, (_, i) => ({
        id: `rl-${i}`,
        userId: u.id,
        userName: u.email,
        prompt: 'x',
        request: CRM,
        error: 'earlier',
        provider: 'builtin',
        durationMs: 1,
        createdAt: new Date(now - 30_000 + i),
      })),
    );
    const res = await generateCrm(limited.cookie);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(res.body.error.message).toMatch(/try again in \d+ s/);
    const retry = Number(res.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(31);
    // Another user is not affected.
    expect((await generateCrm()).status).toBe(201);
  });
});
