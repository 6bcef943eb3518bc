import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  isProtocolSchemaName,
  protocolSchemaNames,
  protocolSchemas,
  toJsonSchema,
  unitOf,
  type ProtocolSchemaName,
} from './index';
import { parseTwice } from './test-utils';

const at = '2024-05-01T12:00:00+02:00';
const scaling = { metric: 'custom', customMetric: 'q', targetValue: 1, bounds: {}, scaleUp: { threshold: 2 }, scaleDown: { threshold: 0 } };
const healing = { actions: [{ id: 'a', type: 'notify', trigger: { customCondition: 'errorRate > 0.1' } }] };

/** One valid document per protocol schema; the type makes sure none is forgotten. */
const samples: Record<ProtocolSchemaName, unknown> = {
  PluginHealthStatusSchema: 'recovering',
  RuntimeConfigSchema: { engine: 'wasm', engineConfig: { wasm: {} } },
  SandboxConfigSchema: { runtime: {}, filesystem: {} },
  DistributedStateConfigSchema: { provider: 'etcd', replication: {} },
  HotReloadConfigSchema: { stateStrategy: 'distributed', distributedConfig: { provider: 'redis' } },
  RegistrySyncPolicySchema: 'proxy',
  RegistryUpstreamSchema: { url: 'https://registry.npmjs.org' },
  RegistryConfigSchema: { type: 'hybrid', upstream: [{ url: 'https://registry.npmjs.org' }], cache: {} },
  AnomalyDetectionConfigSchema: { metrics: ['latency'] },
  SelfHealingActionSchema: healing.actions[0],
  SelfHealingConfigSchema: healing,
  AutoScalingPolicySchema: scaling,
  RootCauseAnalysisRequestSchema: {
    incidentId: 'i',
    pluginId: 'p',
    symptoms: [],
    timeRange: { start: at, end: at },
  },
  RootCauseAnalysisResultSchema: { analysisId: 'a', incidentId: 'i', rootCauses: [], overallConfidence: 0, timestamp: at },
  PerformanceOptimizationSchema: {
    id: 'o',
    pluginId: 'p',
    type: 'caching',
    description: 'd',
    expectedImpact: { performanceGain: 1 },
    difficulty: 'trivial',
    steps: [],
    confidence: 1,
    priority: 'low',
  },
  AIOpsAgentConfigSchema: { agentId: 'a', pluginId: 'p', selfHealing: healing, autoScaling: [scaling], monitoring: {} },
  PluginHealthReportSchema: { status: 'healthy', timestamp: at },
  CodeGenerationRequestSchema: { description: 'd', pluginType: 'widget', style: {} },
  GeneratedCodeSchema: { outputFormat: 'dsl', files: [], confidence: 1 },
  TelemetryConfigSchema: { rules: [{ match: 'http.server.*', metric: 'response-time', convert: 'seconds-to-ms' }] },
};

describe('protocolSchemas', () => {
  it('lists exactly the schemas of docs/protocol.md and the telemetry document', () => {
    expect(protocolSchemaNames).toHaveLength(20);
    expect(protocolSchemaNames.every((name) => name.endsWith('Schema'))).toBe(true);
    expect(isProtocolSchemaName('RuntimeConfigSchema')).toBe(true);
    expect(isProtocolSchemaName('toString')).toBe(false);
  });

  it.each(protocolSchemaNames)('%s has a description and parses its sample idempotently', (name) => {
    expect(protocolSchemas[name].description).toBeTruthy();
    const [once, twice] = parseTwice(protocolSchemas[name], samples[name]);
    expect(twice).toEqual(once);
  });
});

describe('toJsonSchema', () => {
  it.each(protocolSchemaNames)('converts %s', (name) => {
    const json = toJsonSchema(name);
    expect(json.$schema).toMatch(/json-schema\.org/);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('describes the input: defaulted and transform-filled fields are optional', () => {
    const upstream = toJsonSchema('RegistryUpstreamSchema');
    expect(upstream.required).toEqual(['url']);
    expect(upstream.properties?.syncInterval).toMatchObject({ type: 'integer', minimum: 60 });
    expect(upstream.properties?.syncPolicy).toMatchObject({ default: 'auto', enum: ['manual', 'auto', 'proxy'] });

    const request = toJsonSchema('CodeGenerationRequestSchema');
    expect(request.required).toEqual(['description', 'pluginType']);
    expect(request.properties?.language).not.toHaveProperty('default');

    expect(toJsonSchema('HotReloadConfigSchema').properties?.debounceDelay).toMatchObject({
      type: 'integer',
      minimum: 0,
      default: 1000,
      description: 'Debounce delay before reloading (ms)',
    });
  });

  it('marks secrets', () => {
    const registry = JSON.stringify(toJsonSchema('RegistryConfigSchema'));
    expect(registry.match(/"secret":true/g)).toHaveLength(5);
  });
});

/** Every object field, with the descriptions found on it and on the schemas it wraps. */
function fields(schema: z.core.$ZodType, path = ''): { path: string; descriptions: string[]; leaf: z.core.$ZodType }[] {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return fields(def.innerType, path);
    case 'pipe':
      return fields(def.in, path);
    case 'array':
      return fields(def.element, `${path}[*]`);
    case 'object':
      return Object.entries(def.shape).flatMap(([key, field]) => {
        const at = path ? `${path}.${key}` : key;
        const chain = unwrap(field);
        const descriptions = chain.map((s) => z.globalRegistry.get(s)?.description).filter((d): d is string => !!d);
        return [{ path: at, descriptions, leaf: chain[chain.length - 1] }, ...fields(field, at)];
      });
    default:
      return [];
  }
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType[] {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return [schema, ...unwrap(def.innerType)];
  if (def.type === 'pipe') return [schema, ...unwrap(def.in)];
  return [schema];
}

describe('descriptions', () => {
  const all = protocolSchemaNames.flatMap((name) => fields(protocolSchemas[name]).map((f) => ({ ...f, name })));

  it('exist on every field of every protocol schema', () => {
    expect(all.length).toBeGreaterThan(250);
    expect(all.filter((f) => f.descriptions.length === 0).map((f) => `${f.name}: ${f.path}`)).toEqual([]);
  });

  it('end in a known unit whenever they end in parentheses', () => {
    const bad = all.filter((f) => /\)$/.test(f.descriptions[0]) && !unitOf(f.descriptions[0]));
    expect(bad.map((f) => `${f.name}: ${f.path}: ${f.descriptions[0]}`)).toEqual([]);
  });

  it.each([
    ['HotReloadConfigSchema', 'debounceDelay', 'ms'],
    ['RegistryUpstreamSchema', 'syncInterval', 's'],
    ['RegistryConfigSchema', 'cache.maxSize', 'bytes'],
    ['SandboxConfigSchema', 'cpu.maxCpuPercent', '%'],
    ['RuntimeConfigSchema', 'engineConfig.wasm.maxMemoryPages', 'pages'],
    ['RuntimeConfigSchema', 'engineConfig.v8Isolate.heapSizeMb', 'MB'],
    ['AIOpsAgentConfigSchema', 'monitoring.interval', 'ms'],
    ['AIOpsAgentConfigSchema', 'optimization.scanInterval', 's'],
  ] as const)('%s %s is in %s', (name, path, unit) => {
    const field = fields(protocolSchemas[name]).find((f) => f.path === path);
    expect(unitOf(field?.descriptions[0])).toBe(unit);
  });
});
