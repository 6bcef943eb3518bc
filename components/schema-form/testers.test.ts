import { describe, expect, it } from 'vitest';
import { AIOpsAgentConfigSchema } from '@/schemas/aiops';
import { RegistryConfigSchema } from '@/schemas/registry';
import { SandboxConfigSchema } from '@/schemas/sandbox';
import { infoAt, introspect } from './introspect';
import { DEFAULT_TESTERS, pickWidget, type Tester } from './testers';

const widgetAt = (schema: Parameters<typeof introspect>[0], path: string) =>
  pickWidget(infoAt(introspect(schema), path)!, DEFAULT_TESTERS);

describe('pickWidget', () => {
  it('chooses by type, format, metadata and size', () => {
    expect(widgetAt(SandboxConfigSchema, 'enabled')).toBe('switch');
    expect(widgetAt(SandboxConfigSchema, 'level')).toBe('select'); // 5 options
    expect(widgetAt(SandboxConfigSchema, 'runtime.engine')).toBe('segmented');
    expect(widgetAt(SandboxConfigSchema, 'runtime')).toBe('object');
    expect(widgetAt(SandboxConfigSchema, 'network.allowedPorts')).toBe('tags');
    expect(widgetAt(SandboxConfigSchema, 'runtime.resourceLimits.timeout')).toBe('number');
    expect(widgetAt(RegistryConfigSchema, 'upstream')).toBe('object-list');
    expect(widgetAt(RegistryConfigSchema, 'upstream.0.url')).toBe('url');
    expect(widgetAt(RegistryConfigSchema, 'upstream.0.auth.token')).toBe('secret');
    expect(widgetAt(RegistryConfigSchema, 'storage.credentials')).toBe('record');
    expect(widgetAt(AIOpsAgentConfigSchema, 'selfHealing.actions.0.trigger.healthStatus')).toBe('enum-set');
    expect(widgetAt(AIOpsAgentConfigSchema, 'selfHealing.actions.0.parameters')).toBe('record');
  });

  it('lets a higher-ranked tester win without touching the others', () => {
    const custom: Tester<string>[] = [...DEFAULT_TESTERS, { rank: 200, test: (i) => i.name === 'url', widget: 'fancy-url' }];
    expect(pickWidget(infoAt(introspect(RegistryConfigSchema), 'upstream.0.url')!, custom)).toBe('fancy-url');
  });

  it('falls back to the JSON editor for anything else', () => {
    expect(pickWidget(infoAt(introspect(RegistryConfigSchema), 'storage.credentials.key')!, DEFAULT_TESTERS)).toBe('json');
  });
});
