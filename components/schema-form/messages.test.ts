import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AIOpsAgentConfigSchema } from '@/schemas/aiops';
import { HotReloadConfigSchema } from '@/schemas/distributed-state';
import { RegistryConfigSchema } from '@/schemas/registry';
import { infoAt, introspect } from './introspect';
import { fieldForIssue, humanizeIssue, issuesToMessages } from './messages';

function messagesOf(schema: z.ZodType, doc: unknown) {
  const result = schema.safeParse(doc);
  if (result.success) return new Map<string, string>();
  return issuesToMessages(schema, result.error.issues, doc);
}

describe('humanizeIssue', () => {
  it('uses the unit of the field for bounds', () => {
    const m = messagesOf(RegistryConfigSchema, { type: 'private', upstream: [{ url: 'https://a.example', syncInterval: 5 }] });
    expect(m.get('upstream.0.syncInterval')).toBe('Must be at least 60 seconds');
    const h = messagesOf(HotReloadConfigSchema, { shutdownTimeout: -1 });
    expect(h.get('shutdownTimeout')).toBe('Must be at least 0 milliseconds');
  });

  it('percent and upper bounds', () => {
    const info = infoAt(introspect(AIOpsAgentConfigSchema), 'selfHealing.anomalyDetection.confidenceThreshold');
    const issue = { code: 'too_big', origin: 'number', maximum: 100, inclusive: true, path: [], message: 'Too big: expected number to be <=100' } as const;
    expect(humanizeIssue(issue as never, { info })).toBe('Must be at most 100%');
  });

  it('missing values and wrong types', () => {
    const m = messagesOf(AIOpsAgentConfigSchema, {
      agentId: 'a',
      pluginId: 'p',
      autoScaling: [{ metric: 'cpu-usage', targetValue: 'x', scaleUp: { threshold: 1.5 }, scaleDown: {} }],
    });
    expect(m.get('autoScaling.0.targetValue')).toBe('Enter a number');
    expect(m.get('autoScaling.0.scaleDown.threshold')).toBe('Required');
    expect(m.get('autoScaling.0.bounds')).toBe('Required');
    const e = messagesOf(HotReloadConfigSchema, { stateStrategy: 'distributed', distributedConfig: {} });
    expect(e.get('distributedConfig.provider')).toBe('Choose a value');
    const w = messagesOf(HotReloadConfigSchema, { debounceDelay: 1.5 });
    expect(w.get('debounceDelay')).toBe('Enter a whole number');
  });

  it('enum values, formats and author messages', () => {
    const m = messagesOf(RegistryConfigSchema, { type: 'shared', mirrors: [{ url: 'nope' }] });
    expect(m.get('type')).toBe('Choose one of public, private or hybrid');
    expect(m.get('mirrors.0.url')).toBe('Expected an http or https URL');
    const d = z.object({ at: z.iso.datetime() });
    expect(messagesOf(d, { at: 'yesterday' }).get('at')).toBe('Enter a date and time with a zone, e.g. 2024-05-01T12:00:00Z');
  });

  it('cross-field rule messages keep their path and read as sentences', () => {
    const m = messagesOf(RegistryConfigSchema, {
      type: 'private',
      upstream: [{ url: 'https://a.example', syncPolicy: 'manual', syncInterval: 600, auth: { type: 'api-key' } }],
    });
    expect(m.get('upstream.0.syncInterval')).toBe('Sync interval is only allowed when sync policy is auto');
    expect(m.get('upstream.0.auth.apiKey')).toBe('API key is required when auth type is api-key');
    const s = messagesOf(AIOpsAgentConfigSchema, {
      agentId: 'a',
      pluginId: 'p',
      autoScaling: [{ metric: 'custom', targetValue: 1, bounds: { minInstances: 5, maxInstances: 2 }, scaleUp: { threshold: 1 }, scaleDown: { threshold: 0 } }],
    });
    expect(s.get('autoScaling.0.customMetric')).toBe('Custom metric is required when metric is custom');
    expect(s.get('autoScaling.0.bounds.minInstances')).toBe('Min instances must not be greater than max instances');
  });

  it('array and string lengths', () => {
    const schema = z.object({ tags: z.array(z.string()).min(2), name: z.string().min(3) });
    const m = messagesOf(schema, { tags: [], name: 'ab' });
    expect(m.get('tags')).toBe('Add at least 2 items');
    expect(m.get('name')).toBe('Must be at least 3 characters');
  });
});

describe('fieldForIssue', () => {
  it('moves issues of entries to the widget that edits them', async () => {
    const { SandboxConfigSchema } = await import('@/schemas/sandbox');
    const root = introspect(SandboxConfigSchema);
    expect(fieldForIssue(root, 'network.allowedPorts.1', 'Enter a number')).toEqual(['network.allowedPorts', 'Entry 2: enter a number']);
    expect(fieldForIssue(root, 'network.mode', 'x')).toEqual(['network.mode', 'x']);
    const registry = introspect(RegistryConfigSchema);
    expect(fieldForIssue(registry, 'storage.credentials.key', 'Required')).toEqual(['storage.credentials', 'key: required']);
    expect(fieldForIssue(registry, 'upstream.0.url', 'x')).toEqual(['upstream.0.url', 'x']);
  });
});
