import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AIOpsAgentConfigSchema } from '@/schemas/aiops';
import { HotReloadConfigSchema } from '@/schemas/distributed-state';
import { RegistryConfigSchema } from '@/schemas/registry';
import { SandboxConfigSchema } from '@/schemas/sandbox';
import { TelemetryConfigSchema } from '@/schemas/telemetry';
import { infoAt, introspect, labelTrail } from './introspect';

describe('introspect', () => {
  it('unwraps defaults and reads bounds, unit and help', () => {
    const root = introspect(HotReloadConfigSchema);
    const delay = infoAt(root, 'debounceDelay');
    expect(delay).toMatchObject({
      kind: 'number',
      label: 'Debounce delay',
      unit: 'ms',
      help: 'Debounce delay before reloading',
      hasDefault: true,
      defaultValue: 1000,
      integer: true,
      min: 0,
      minInclusive: true,
    });
  });

  it('sees optional objects, enums and arrays', () => {
    const root = introspect(SandboxConfigSchema);
    expect(infoAt(root, 'runtime')).toMatchObject({ kind: 'object', optional: true, refined: true });
    expect(infoAt(root, 'runtime.engine')).toMatchObject({ kind: 'enum', options: ['v8-isolate', 'wasm', 'container', 'process'] });
    expect(infoAt(root, 'runtime.engineConfig.wasm.maxMemoryPages')).toMatchObject({ min: 1, max: 65536, unit: 'pages' });
    expect(infoAt(root, 'network.allowedPorts')).toMatchObject({ kind: 'array', element: { kind: 'number' } });
    expect(infoAt(root, 'cpu.maxCpuPercent')).toMatchObject({ min: 0, max: 100, unit: '%', integer: false });
  });

  it('walks through the pipe of a transformed array item and finds secrets and URLs', () => {
    const root = introspect(RegistryConfigSchema);
    expect(infoAt(root, 'upstream')).toMatchObject({ kind: 'array', element: { kind: 'object' } });
    expect(infoAt(root, 'upstream.0.url')).toMatchObject({ kind: 'string', format: 'url' });
    expect(infoAt(root, 'upstream.3.auth.password')).toMatchObject({ secret: true, label: 'Password' });
    expect(infoAt(root, 'upstream.0.auth.username')?.secret).toBe(false);
    expect(infoAt(root, 'storage.credentials')).toMatchObject({ kind: 'record', secret: true });
    expect(infoAt(root, 'storage.credentials.anyKey')?.unsupported).toBe('free-form value');
  });

  it('reports what it cannot render', () => {
    const info = introspect(z.object({ pair: z.tuple([z.string(), z.number()]), when: z.date() }));
    expect(info.fields?.pair).toMatchObject({ kind: 'unknown', unsupported: 'tuple schema' });
    expect(info.fields?.when.kind).toBe('unknown');
  });

  it('reads unions of literals as enums', () => {
    const info = introspect(z.union([z.literal('a'), z.literal('b')]));
    expect(info).toMatchObject({ kind: 'enum', options: ['a', 'b'] });
  });

  it('labels paths for messages', () => {
    const root = introspect(AIOpsAgentConfigSchema);
    expect(labelTrail(root, 'selfHealing.actions.2.cooldown')).toEqual(['Self healing', 'Actions', '#3', 'Cooldown']);
    expect(infoAt(root, 'selfHealing.actions.0.trigger.healthStatus')).toMatchObject({ kind: 'array', element: { kind: 'enum' } });
  });

  it('reads the telemetry document: attribute lists with defaults, rules with their enums', () => {
    const root = introspect(TelemetryConfigSchema);
    expect(infoAt(root, 'pluginAttributes')).toMatchObject({
      kind: 'array',
      hasDefault: true,
      defaultValue: ['objectstack.plugin.id', 'service.name'],
      element: { kind: 'string' },
    });
    expect(infoAt(root, 'rules')).toMatchObject({ kind: 'array', hasDefault: true, element: { kind: 'object' } });
    expect(infoAt(root, 'rules.0.match')).toMatchObject({ kind: 'string', optional: false });
    expect(infoAt(root, 'rules.0.convert')).toMatchObject({ kind: 'enum', hasDefault: true, defaultValue: 'none' });
    expect(infoAt(root, 'rules.0.statistic')?.options).toEqual(['mean', 'p50', 'p75', 'p90', 'p95', 'p99']);
    expect(infoAt(root, 'unmapped')).toMatchObject({ kind: 'enum', options: ['keep', 'drop'] });
  });
});
