import { allowLoopbackEgress } from '@/lib/egress/testing/allow-loopback';
import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { CodeGenerationRequestSchema } from '@/schemas';
import { generate } from '@/lib/generator/generate';
import { createOpenAICompatibleProvider } from './openai-compatible';
import { GeneratorProviderError } from './provider-error';
import { pickProvider } from './pick-provider';
import { startFakeOpenAIServer, type FakeOpenAIServer, type ScriptedReply } from './testing/fake-openai-server';

const request = CodeGenerationRequestSchema.parse({ description: 'a CRM with accounts and deals', pluginType: 'app', outputFormat: 'low-code-schema' });

const VALID = JSON.stringify({
  app: { label: 'Sales CRM', description: 'Accounts and their deals' },
  entities: [
    { name: 'account', fields: [{ name: 'name', type: 'text', required: true }, { name: 'website', type: 'url' }] },
    {
      name: 'deal',
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'amount', type: 'currency' },
        { name: 'stage', type: 'select', options: ['Prospecting', 'Closed Won'] },
        { name: 'account', type: 'lookup', reference: 'account' },
      ],
    },
  ],
  notes: ['Deals are in USD'],
});
/** Parses as JSON and matches the schema, but links to an object that doesn't exist. */
const DANGLING = JSON.stringify({ app: { label: 'CRM' }, entities: [{ name: 'deal', fields: [{ name: 'title', type: 'text' }, { name: 'account', type: 'lookup', reference: 'account' }] }] });

let server: FakeOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function providerFor(script: ScriptedReply[], extra: { stream?: boolean; timeoutMs?: number } = {}) {
  server = await startFakeOpenAIServer(script);
  return createOpenAICompatibleProvider({ baseURL: server.baseURL, apiKey: 'test-key', model: 'test-model', ...extra });
}

async function providerError(promise: Promise<unknown>): Promise<GeneratorProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GeneratorProviderError) return error;
    throw error;
  }
  throw new Error('expected a GeneratorProviderError');
}

// These tests talk to real servers on 127.0.0.1, which the egress policy refuses unless allowed.
allowLoopbackEgress();

describe('openai-compatible provider', () => {
  it('turns a valid answer into an AppModel, asking for structured output', async () => {
    const provider = await providerFor([{ answer: VALID }]);
    const model = await provider.understand(request, {});
    expect(model.app).toMatchObject({ name: 'sales_crm', label: 'Sales CRM' });
    expect(model.entities.find((e) => e.name === 'deal')).toMatchObject({ nameField: 'title', pluralLabel: 'Deals' });
    expect(model.relations).toEqual([{ from: 'deal', field: 'account', to: 'account', kind: 'lookup', phrase: 'deal.account' }]);
    expect(model.warnings).toEqual(['Assumed by the language model: Deals are in USD']);
    const sent = server!.requests[0];
    expect(sent.headers.authorization).toBe('Bearer test-key');
    expect(sent.body.model).toBe('test-model');
    expect(sent.body.response_format?.type).toBe('json_schema');
    expect(sent.body.messages.at(-1)?.content).toContain('a CRM with accounts and deals');
  });

  it('streams the answer over server-sent events and reports progress', async () => {
    const provider = await providerFor([{ answer: VALID }], { stream: true });
    const progress: string[] = [];
    const model = await provider.understand(request, { onProgress: (p) => progress.push(p) });
    expect(server!.requests[0].body.stream).toBe(true);
    expect(model.entities.map((e) => e.name)).toEqual(['account', 'deal']);
    expect(progress).toContain('Received 2 object(s)');
  });

  it('sends a malformed answer back once with the problems, and uses the corrected one', async () => {
    const provider = await providerFor([{ answer: DANGLING }, { answer: VALID }]);
    const progress: string[] = [];
    const model = await provider.understand(request, { onProgress: (p) => progress.push(p) });
    expect(model.entities).toHaveLength(2);
    expect(server!.requests).toHaveLength(2);
    const retry = server!.requests[1].body.messages;
    expect(retry.at(-2)).toEqual({ role: 'assistant', content: DANGLING });
    expect(String(retry.at(-1)?.content)).toMatch(/failed validation:\n- entities\.0\.fields\.1\.reference: deal\.account points at 'account'/);
    expect(progress).toContain('Sending the answer back with 1 problem(s)');
  });

  it('fails with invalid-answer when the correction is malformed too', async () => {
    const provider = await providerFor([{ answer: 'Sure! Here is your app: {' }, { answer: '{"app": {"label": "CRM"}, "entities": []}' }]);
    const error = await providerError(provider.understand(request, {}));
    expect(error).toMatchObject({ kind: 'invalid-answer', status: 502, code: 'ai_provider_error' });
    expect(error.problems).toEqual(['entities: Too small: expected array to have >=1 items']);
    expect(String(server!.requests[1].body.messages.at(-1)?.content)).toContain('not valid JSON');
  });

  it('reports a timeout', async () => {
    const provider = await providerFor([{ hangMs: 5_000 }], { timeoutMs: 300 });
    const error = await providerError(provider.understand(request, {}));
    expect(error).toMatchObject({ kind: 'timeout', status: 504 });
  });

  it('reports an HTTP 500 plainly, without retrying', async () => {
    const provider = await providerFor([{ status: 500, body: 'model overloaded' }]);
    const error = await providerError(provider.understand(request, {}));
    expect(error).toMatchObject({ kind: 'http', providerStatus: 500 });
    expect(error.message).toContain('HTTP 500');
    expect(server!.requests).toHaveLength(1);
  });

  it('feeds the answer through the same builders and validators in generate()', async () => {
    const provider = await providerFor([{ answer: VALID }]);
    const steps: string[] = [];
    const result = await generate({ ...request, schemaOptions: { format: 'json' } }, { provider, onStep: (s) => steps.push(`${s.id}:${s.status}:${s.label}:${s.detail ?? ''}`) });
    expect(JSON.parse(result.schemas!.find((s) => s.path === 'src/objects/deal.object.json')!.content).fields.account).toMatchObject({ type: 'lookup', reference: 'account' });
    expect(result.warnings).toContain('Assumed by the language model: Deals are in USD');
    expect(steps).toContain('validate:done:Validating against @objectstack/spec:10 artifacts valid');
    expect(steps).toContain('understand:running:Reading the description (language model test-model):Waiting for the language model');
  });
});

describe('pickProvider', () => {
  const KEYS = ['CONSOLE_AI_BASE_URL', 'CONSOLE_AI_API_KEY', 'CONSOLE_AI_MODEL'] as const;
  afterEach(() => {
    for (const key of KEYS) delete process.env[key];
    resetEnvForTests();
  });

  it('uses the built-in reader unless all three variables are set', () => {
    resetEnvForTests();
    expect(pickProvider().id).toBe('builtin');
    Object.assign(process.env, { CONSOLE_AI_BASE_URL: 'http://127.0.0.1:9/v1', CONSOLE_AI_API_KEY: 'k', CONSOLE_AI_MODEL: 'm' });
    resetEnvForTests();
    expect(pickProvider().id).toBe('openai-compatible');
    expect(pickProvider('builtin').id).toBe('builtin');
  });
});
