// Property: whatever documents and edits are saved, no response of a document endpoint
// (document, every version, history, diff between any two versions, export in every format,
// save and rollback answers, the audit log, the plugin's events) contains a secret value.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DocumentKind } from '@/schemas';
import { useTestDb } from '../testing/test-db';
import { ORIGIN, userWithRole } from '../testing/http';
import { systemActor } from '../auth/actor';
import { createPlugin } from '../plugins/create-plugin';
import { documentRoutes } from './document-routes';
import { GET as auditGet } from '@/app/api/v1/audit/route';
import { GET as eventsGet } from '@/app/api/v1/events/route';

const db = useTestDb();
const pluginDocs = documentRoutes();
const registryDocs = documentRoutes('registry');

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The raw response text: exports are YAML and TypeScript, and a leak may hide in any byte. */
async function raw(handler: Handler, cookie: string, path: string, params: Record<string, string>, method = 'GET', body?: unknown) {
  const headers = new Headers({ host: 'localhost:3000', cookie });
  if (method !== 'GET') headers.set('origin', ORIGIN);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const res = await handler(new Request(`${ORIGIN}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  return { status: res.status, text: await res.text() };
}

// Distinct enough that no ordinary field, id or timestamp contains one by chance.
const secretValue = fc.stringMatching(/^[A-Za-z0-9]{12,20}$/).map((s) => `Sk${s}`);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const hotReload = fc.oneof(
  fc.record({ stateStrategy: fc.constantFrom('memory', 'disk'), shutdownTimeout: fc.nat(60000) }),
  fc.record({
    stateStrategy: fc.constant('distributed'),
    shutdownTimeout: fc.nat(60000),
    distributedConfig: fc.record({
      provider: fc.constantFrom('redis', 'etcd'),
      endpoints: fc.subarray(['redis://10.0.0.5:6379', 'http://10.0.0.6:2379', 'redis://store.internal:6380'], { minLength: 1 }),
      auth: fc.record({ username: fc.constantFrom('app', 'ops'), password: maybe(secretValue), token: maybe(secretValue), certificate: maybe(secretValue) }),
    }),
  }),
);

const notification = fc.oneof(
  fc.record({ channel: fc.constant('webhook'), config: fc.record({ url: secretValue.map((s) => `https://hooks.example.com/${s}`), secret: secretValue }) }),
  fc.record({ channel: fc.constant('slack'), config: fc.record({ webhookUrl: secretValue.map((s) => `https://hooks.slack.com/services/${s}`) }) }),
);
const aiops = fc.record({
  enabled: fc.boolean(),
  incidentResponse: fc.record({ enabled: fc.boolean(), notifications: fc.array(notification, { maxLength: 2 }) }),
});

const upstream = fc.record({
  url: fc.constantFrom('https://registry.example.com', 'https://npm.example.org/api', 'http://verdaccio.example.net:4873'),
  syncPolicy: fc.constantFrom('manual', 'proxy'),
  auth: fc.oneof(
    fc.record({ type: fc.constant('basic'), username: fc.constant('bot'), password: secretValue }),
    fc.record({ type: fc.constant('bearer'), token: secretValue }),
    fc.record({ type: fc.constant('api-key'), apiKey: secretValue }),
  ),
  tls: fc.record({ verifyCertificate: fc.boolean(), privateKey: maybe(secretValue) }),
});
const registry = fc.record({
  type: fc.constantFrom('private', 'hybrid'),
  upstream: fc.array(upstream, { maxLength: 2 }),
  storage: fc.record({ backend: fc.constantFrom('s3', 'gcs'), credentials: fc.record({ accessKey: secretValue, secretKey: secretValue }) }),
});

const sandbox = fc.record({ level: fc.constantFrom('minimal', 'standard', 'strict', 'paranoid'), enabled: fc.boolean() });

/** The kinds that hold secrets (the telemetry mapping holds none). */
type SecretKind = Exclude<DocumentKind, 'telemetry'>;

const bodies: Record<SecretKind, fc.Arbitrary<Record<string, unknown>>> = { 'hot-reload': hotReload, aiops, registry, sandbox };

/** One edit: a whole new body, the current (redacted) body sent back with a small change, or a rollback. */
const edit = (kind: SecretKind) =>
  fc.oneof(
    { weight: 3, arbitrary: bodies[kind].map((body) => ({ type: 'save' as const, body })) },
    { weight: 1, arbitrary: fc.constant({ type: 'resend' as const }) },
    { weight: 1, arbitrary: fc.constant({ type: 'rollback' as const }) },
    { weight: 1, arbitrary: bodies[kind].map((body) => ({ type: 'invalid' as const, body: { ...body, ...BROKEN[kind] } })) },
  );

/** One field of each kind made invalid: the 400 that answers must not echo the secrets beside it. */
const BROKEN: Record<SecretKind, Record<string, unknown>> = {
  'hot-reload': { shutdownTimeout: -1 },
  aiops: { agentId: 5 },
  registry: { type: 'bogus' },
  sandbox: { level: 'bogus' },
};

/** Every string of a value: the secrets a generated body holds are among them. */
function stringsOf(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string' && value.startsWith('Sk')) out.add(value);
  else if (typeof value === 'string') for (const m of value.match(/Sk[A-Za-z0-9]{12,20}/g) ?? []) out.add(m);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** A harmless change to a redacted body, so that resending it keeps every stored secret. */
function touch(kind: DocumentKind, body: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(body);
  if (kind === 'registry') out.visibility = out.visibility === 'internal' ? 'private' : 'internal';
  else if (kind === 'hot-reload') out.debounceDelay = Number(out.debounceDelay ?? 0) + 1;
  else out.enabled = !out.enabled;
  return out;
}

describe('no document endpoint answers a secret (property)', () => {
  let operator = '';
  let viewer = '';
  let runs = 0;
  const everySecret = new Set<string>();
  const tsExported = new Set<DocumentKind>();

  beforeAll(async () => {
    operator = (await userWithRole('operator')).cookie;
    viewer = (await userWithRole('viewer')).cookie;
  });

  it('holds for random documents of every kind, random secrets and random edits', async () => {
    const kinds: SecretKind[] = ['hot-reload', 'aiops', 'registry', 'sandbox'];
    const scenario = fc.constantFrom(...kinds).chain((kind) =>
      fc.record({ kind: fc.constant(kind), first: bodies[kind], edits: fc.array(edit(kind), { minLength: 1, maxLength: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(scenario, async ({ kind, first, edits }) => {
        const pluginId = `prop-${++runs}`;
        const isRegistry = kind === 'registry';
        if (!isRegistry) await createPlugin(db.handle().db, systemActor(), { id: pluginId, name: pluginId });
        const docs = isRegistry ? registryDocs : pluginDocs;
        const params: Record<string, string> = isRegistry ? {} : { pluginId, kind };
        const base = isRegistry ? '/api/v1/registry' : `/api/v1/plugins/${pluginId}/${kind}`;
        const texts: string[] = [];
        const get = async (handler: Handler, path: string, who = viewer) => {
          const r = await raw(handler, who, path, params);
          texts.push(r.text);
          return r;
        };
        const current = async () => JSON.parse((await get(docs.get, base)).text) as { version: number; body: Record<string, unknown> };
        const save = async (body: unknown, status = 200) => {
          stringsOf(body, everySecret);
          const r = await raw(docs.put, operator, base, params, 'PUT', { baseVersion: (await current()).version, body });
          texts.push(r.text);
          expect(r.status, r.text).toBe(status);
        };

        // An AIOps document names its agent and plugin.
        const whole = (body: Record<string, unknown>) => (kind === 'aiops' ? { agentId: `${pluginId}-agent`, pluginId, ...body } : body);
        await save(whole(first));
        for (const step of edits) {
          if (step.type === 'save') await save(whole(step.body));
          else if (step.type === 'resend') await save(touch(kind, (await current()).body));
          else if (step.type === 'invalid') await save(whole(step.body), 400);
          else {
            const r = await raw(docs.rollback, operator, `${base}/rollback`, params, 'POST', { baseVersion: (await current()).version, toVersion: 1 });
            texts.push(r.text);
            expect(r.status, r.text).toBe(200);
          }
        }

        const latest = (await current()).version;
        await get(docs.history, `${base}/history`);
        for (let v = 1; v <= latest; v++) {
          await get(docs.get, `${base}?version=${v}`);
          for (const format of ['json', 'yaml', 'schema']) await get(docs.export, `${base}/export?format=${format}&version=${v}`);
        }
        // The TypeScript export compiles the schema (slow): once per kind is enough to see its body.
        if (!tsExported.has(kind)) {
          tsExported.add(kind);
          await get(docs.export, `${base}/export?format=ts`);
        }
        for (let from = 0; from <= latest; from++) {
          for (let to = 0; to <= latest; to++) {
            const r = await get(docs.diff, `${base}/diff?from=${from}&to=${to}`);
            expect(r.status, r.text).toBe(200);
          }
        }
        await get(auditGet, '/api/v1/audit?limit=500');
        if (!isRegistry) await get(eventsGet, `/api/v1/events?plugin=${pluginId}&from=now-1h`);

        for (const text of texts) {
          for (const secret of everySecret) expect(text.includes(secret), `a response carries ${secret}: ${text.slice(0, 300)}`).toBe(false);
        }
      }),
      { numRuns: 10, seed: 1107, endOnFailure: true },
    );
    expect(everySecret.size).toBeGreaterThan(0);
  }, 240_000);
});
