import { describe, expect, it } from 'vitest';
import {
  PluginHealthStatusSchema,
  RuntimeConfigSchema,
  RuntimeEngineSchema,
  SandboxConfigSchema,
  SandboxLevelSchema,
} from './sandbox';
import { accepts, issuePaths, messageAt, parseTwice, withValue } from './test-utils';

describe('PluginHealthStatusSchema', () => {
  it('has exactly the protocol values', () => {
    expect(PluginHealthStatusSchema.options).toEqual(['healthy', 'degraded', 'unhealthy', 'failed', 'recovering', 'unknown']);
    expect(accepts(PluginHealthStatusSchema, 'ok')).toBe(false);
  });
});

describe('RuntimeConfigSchema', () => {
  it('applies defaults', () => {
    expect(RuntimeConfigSchema.parse({})).toEqual({ engine: 'v8-isolate' });
    expect(RuntimeConfigSchema.parse({ engine: 'wasm', engineConfig: { wasm: {} } }).engineConfig?.wasm).toEqual({
      enableSimd: false,
      enableThreads: false,
      enableBulkMemory: true,
    });
    expect(RuntimeConfigSchema.parse({ engine: 'container', engineConfig: { container: {} } }).engineConfig?.container).toEqual(
      { runtime: 'docker', networkMode: 'bridge' },
    );
    expect(RuntimeConfigSchema.parse({ engineConfig: { v8Isolate: {} } }).engineConfig?.v8Isolate).toEqual({
      enableSnapshot: true,
    });
  });

  const wasm = { engine: 'wasm' };
  const v8 = { engine: 'v8-isolate' };
  it.each([
    [wasm, 'engineConfig.wasm.maxMemoryPages', 1, 0],
    [wasm, 'engineConfig.wasm.maxMemoryPages', 65536, 65537],
    [wasm, 'engineConfig.wasm.instructionLimit', 1, 0],
    [v8, 'engineConfig.v8Isolate.heapSizeMb', 1, 0],
    [v8, 'resourceLimits.maxCpu', 0, -1],
    [v8, 'resourceLimits.maxCpu', 100, 101],
    [v8, 'resourceLimits.timeout', 0, -1],
    [v8, 'resourceLimits.maxMemory', 1024, 1.5],
    [v8, 'resourceLimits.maxMemory', 0, -1],
    [v8, 'resourceLimits.maxMemory', 0, -512],
  ])('bound of %o %s: %s passes, %s fails', (base, path, ok, bad) => {
    expect(accepts(RuntimeConfigSchema, withValue(base, path, ok))).toBe(true);
    expect(issuePaths(RuntimeConfigSchema, withValue(base, path, bad))).toEqual([path]);
  });

  it.each([
    ['engine', ['v8-isolate', 'wasm', 'container', 'process']],
    ['engineConfig.container.runtime', ['docker', 'podman', 'containerd']],
    ['engineConfig.container.networkMode', ['none', 'bridge', 'host']],
  ])('enum %s takes exactly %o', (path, values) => {
    const base = { engine: 'container' };
    for (const value of values) {
      const doc = withValue(base, path, value);
      if (path === 'engine') delete (doc as { engineConfig?: unknown }).engineConfig;
      expect(accepts(RuntimeConfigSchema, doc)).toBe(true);
    }
    expect(issuePaths(RuntimeConfigSchema, withValue(base, path, 'bogus'))).toEqual([path]);
  });

  it('exports the engine enum', () => {
    expect(RuntimeEngineSchema.options).toEqual(['v8-isolate', 'wasm', 'container', 'process']);
  });

  describe('R1: engineConfig carries only the selected engine block', () => {
    it.each([
      ['v8-isolate', 'v8Isolate'],
      ['wasm', 'wasm'],
      ['container', 'container'],
    ])('%s accepts its own block %s', (engine, key) => {
      expect(accepts(RuntimeConfigSchema, { engine, engineConfig: { [key]: {} } })).toBe(true);
    });

    it('rejects another engine block on its own path', () => {
      const doc = { engine: 'container', engineConfig: { wasm: {} } };
      expect(issuePaths(RuntimeConfigSchema, doc)).toEqual(['engineConfig.wasm']);
      expect(messageAt(RuntimeConfigSchema, doc, 'engineConfig.wasm')).toBe(
        'engineConfig.wasm is only allowed when engine is wasm',
      );
    });

    it('applies to the default engine', () => {
      expect(issuePaths(RuntimeConfigSchema, { engineConfig: { container: {} } })).toEqual(['engineConfig.container']);
    });

    it('lets process carry no block at all', () => {
      expect(accepts(RuntimeConfigSchema, { engine: 'process', engineConfig: {} })).toBe(true);
      expect(issuePaths(RuntimeConfigSchema, { engine: 'process', engineConfig: { v8Isolate: {}, wasm: {} } })).toEqual([
        'engineConfig.wasm',
        'engineConfig.v8Isolate',
      ]);
    });
  });

  it('parses idempotently', () => {
    const [once, twice] = parseTwice(RuntimeConfigSchema, {
      engine: 'wasm',
      engineConfig: { wasm: { maxMemoryPages: 16 } },
      resourceLimits: { maxCpu: 50 },
    });
    expect(twice).toEqual(once);
  });
});

describe('SandboxConfigSchema', () => {
  it('applies defaults', () => {
    expect(SandboxConfigSchema.parse({})).toEqual({ enabled: true, level: 'standard' });
    expect(SandboxConfigSchema.parse({ filesystem: {}, network: {}, process: {}, environment: {} })).toEqual({
      enabled: true,
      level: 'standard',
      filesystem: { mode: 'restricted' },
      network: { mode: 'restricted' },
      process: { allowSpawn: false },
      environment: { mode: 'readonly' },
    });
  });

  it.each([
    ['cpu.maxCpuPercent', 0, -1],
    ['cpu.maxCpuPercent', 100, 101],
    ['runtime.resourceLimits.maxCpu', 100, 101],
    ['filesystem.maxFileSize', 10, 0.5],
    ['filesystem.maxFileSize', 0, -1],
    ['network.maxConnections', 0, -1],
    ['process.timeout', 0, -1],
    ['memory.maxHeap', 0, -1],
    ['memory.maxStack', 0, -1],
    ['cpu.maxThreads', 1, 0],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(accepts(SandboxConfigSchema, withValue({}, path, ok))).toBe(true);
    expect(issuePaths(SandboxConfigSchema, withValue({}, path, bad))).toEqual([path]);
  });

  it.each([
    ['level', ['none', 'minimal', 'standard', 'strict', 'paranoid']],
    ['filesystem.mode', ['none', 'readonly', 'restricted', 'full']],
    ['network.mode', ['none', 'local', 'restricted', 'full']],
    ['environment.mode', ['none', 'readonly', 'restricted', 'full']],
  ])('enum %s takes exactly %o', (path, values) => {
    for (const value of values) expect(accepts(SandboxConfigSchema, withValue({}, path, value))).toBe(true);
    expect(issuePaths(SandboxConfigSchema, withValue({}, path, 'bogus'))).toEqual([path]);
  });

  it('exports the level enum', () => {
    expect(SandboxLevelSchema.options).toEqual(['none', 'minimal', 'standard', 'strict', 'paranoid']);
  });

  it('reports R1 inside the runtime with the full path', () => {
    expect(issuePaths(SandboxConfigSchema, { runtime: { engine: 'process', engineConfig: { wasm: {} } } })).toEqual([
      'runtime.engineConfig.wasm',
    ]);
  });

  it('parses idempotently', () => {
    const [once, twice] = parseTwice(SandboxConfigSchema, {
      level: 'strict',
      runtime: { engine: 'container', engineConfig: { container: { image: 'node:22' } } },
      filesystem: { allowedPaths: ['/tmp'] },
      network: { allowedHosts: ['api.example.com'], allowedPorts: [443] },
      process: {},
      memory: { maxHeap: 1 << 28 },
      cpu: { maxThreads: 2 },
      environment: { allowedVars: ['NODE_ENV'] },
    });
    expect(twice).toEqual(once);
  });
});
