import { describe, expect, it } from 'vitest';
import { AIOpsAgentConfigSchema } from '@/schemas/aiops';
import { HotReloadConfigSchema } from '@/schemas/distributed-state';
import { RegistryConfigSchema } from '@/schemas/registry';
import { SandboxConfigSchema } from '@/schemas/sandbox';
import { introspect } from './introspect';
import { conditionsFor, dependentsOf, isHidden, pruneHidden, restoreHidden } from './visibility';

const runtime = (engine: string) => ({
  runtime: {
    engine,
    engineConfig: { v8Isolate: { heapSizeMb: 64 }, wasm: { maxMemoryPages: 16 }, container: { image: 'node:20' } },
  },
});

describe('R1 engine → engineConfig block', () => {
  it.each([
    ['v8-isolate', { v8Isolate: { heapSizeMb: 64 } }],
    ['wasm', { wasm: { maxMemoryPages: 16 } }],
    ['container', { container: { image: 'node:20' } }],
  ])('%s keeps only its block', (engine, block) => {
    const pruned = pruneHidden(SandboxConfigSchema, runtime(engine));
    expect(pruned.runtime.engineConfig).toEqual(block);
    expect(SandboxConfigSchema.safeParse(pruned).success).toBe(true);
  });

  it('process keeps no engineConfig at all', () => {
    expect(pruneHidden(SandboxConfigSchema, runtime('process')).runtime).toEqual({ engine: 'process' });
  });

  it('uses the default engine when none is chosen', () => {
    const doc = { runtime: { engineConfig: { v8Isolate: {}, wasm: {} } } };
    expect(pruneHidden(SandboxConfigSchema, doc).runtime.engineConfig).toEqual({ v8Isolate: {} });
  });

  it('does not change the input', () => {
    const doc = runtime('wasm');
    pruneHidden(SandboxConfigSchema, doc);
    expect(doc.runtime.engineConfig.v8Isolate).toEqual({ heapSizeMb: 64 });
  });
});

describe('R7, R2, R3, R6', () => {
  it('R7: distributedConfig only for the distributed strategy', () => {
    const doc = { stateStrategy: 'memory', distributedConfig: { provider: 'redis' } };
    expect(pruneHidden(HotReloadConfigSchema, doc)).toEqual({ stateStrategy: 'memory' });
    expect(pruneHidden(HotReloadConfigSchema, { ...doc, stateStrategy: 'distributed' })).toEqual({
      ...doc,
      stateStrategy: 'distributed',
    });
  });

  it('R2 and R3 inside array items', () => {
    const doc = {
      type: 'private',
      upstream: [
        { url: 'https://a.example', syncPolicy: 'manual', syncInterval: 600, auth: { type: 'bearer', token: 't', username: 'u', password: 'p' } },
        { url: 'https://b.example', syncPolicy: 'auto', syncInterval: 600, auth: { type: 'basic', username: 'u', password: 'p', token: 't' } },
        { url: 'https://c.example', auth: { type: 'api-key', apiKey: 'k', token: 't' } },
      ],
    };
    const pruned = pruneHidden(RegistryConfigSchema, doc);
    expect(pruned.upstream[0]).toEqual({ url: 'https://a.example', syncPolicy: 'manual', auth: { type: 'bearer', token: 't' } });
    expect(pruned.upstream[1]).toEqual({
      url: 'https://b.example',
      syncPolicy: 'auto',
      syncInterval: 600,
      auth: { type: 'basic', username: 'u', password: 'p' },
    });
    expect(pruned.upstream[2].auth).toEqual({ type: 'api-key', apiKey: 'k' });
    expect(RegistryConfigSchema.safeParse(pruned).success).toBe(true);
  });

  it('R3: auth type none (the default) hides every credential', () => {
    const pruned = pruneHidden(RegistryConfigSchema, { type: 'public', upstream: [{ url: 'https://a.example', auth: { token: 't' } }] });
    expect(pruned.upstream[0].auth).toEqual({});
  });

  it('R6: customMetric only for the custom metric', () => {
    const doc = { agentId: 'a', pluginId: 'p', autoScaling: [{ metric: 'cpu-usage', customMetric: 'q', targetValue: 1 }] };
    expect(pruneHidden(AIOpsAgentConfigSchema, doc).autoScaling[0]).toEqual({ metric: 'cpu-usage', targetValue: 1 });
  });

  it('does not apply a rule where the schema lacks the deciding field', () => {
    // DistributedStateConfig.auth has a password but no type: it must stay.
    const doc = { stateStrategy: 'distributed', distributedConfig: { provider: 'redis', auth: { password: 'x' } } };
    expect(pruneHidden(HotReloadConfigSchema, doc)).toEqual(doc);
  });
});

describe('conditions and dependents', () => {
  it('finds the deciding field of a path at any depth', () => {
    const root = introspect(RegistryConfigSchema);
    const [condition] = conditionsFor(root, 'upstream.2.auth.token');
    expect(condition.watch).toBe('upstream.2.auth.type');
    expect(condition.visible('oauth2')).toBe(true);
    expect(condition.visible(undefined)).toBe(false);
    expect(conditionsFor(root, 'upstream.2.url')).toEqual([]);
  });

  it('lists what to re-validate when a deciding field changes', () => {
    expect(dependentsOf(introspect(SandboxConfigSchema), 'runtime.engine')).toEqual([
      'runtime.engineConfig',
      'runtime.engineConfig.v8Isolate',
      'runtime.engineConfig.wasm',
      'runtime.engineConfig.container',
    ]);
    expect(dependentsOf(introspect(AIOpsAgentConfigSchema), 'autoScaling.1.bounds.maxInstances')).toEqual([
      'autoScaling.1.bounds.minInstances',
    ]);
    expect(dependentsOf(introspect(HotReloadConfigSchema), 'stateStrategy')).toEqual(['distributedConfig']);
  });

  it('isHidden covers fields inside a hidden block', () => {
    const doc = runtime('process');
    expect(isHidden(SandboxConfigSchema, doc, 'runtime.engineConfig.wasm.maxMemoryPages')).toBe(true);
    expect(isHidden(SandboxConfigSchema, runtime('wasm'), 'runtime.engineConfig.wasm.maxMemoryPages')).toBe(false);
  });
});

describe('restoreHidden', () => {
  it('brings hidden values back after an edit of the text that could not show them', () => {
    const prev = runtime('v8-isolate');
    const fromText = { runtime: { engine: 'v8-isolate', engineConfig: { v8Isolate: { heapSizeMb: 128 } } } };
    const restored = restoreHidden(SandboxConfigSchema, fromText, prev);
    expect(restored.runtime.engineConfig).toEqual({
      v8Isolate: { heapSizeMb: 128 },
      wasm: { maxMemoryPages: 16 },
      container: { image: 'node:20' },
    });
  });

  it('leaves a section the text removed removed', () => {
    const prev = { stateStrategy: 'memory', distributedConfig: { provider: 'etcd' } };
    expect(restoreHidden(HotReloadConfigSchema, { stateStrategy: 'memory' }, prev)).toEqual(prev);
    const restored = restoreHidden(SandboxConfigSchema, { runtime: { engine: 'wasm' } }, runtime('v8-isolate'));
    // engineConfig itself is shown for wasm, so the text removing it wins.
    expect(restored.runtime).toEqual({ engine: 'wasm' });
  });
});
