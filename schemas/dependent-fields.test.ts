import { describe, expect, it } from 'vitest';
import { CodeGenerationRequestSchema } from './codegen';
import { DEPENDENT_FIELDS } from './dependent-fields';
import { HotReloadConfigSchema } from './distributed-state';
import { RegistryUpstreamSchema } from './registry';
import { RuntimeConfigSchema } from './sandbox';

const key = (f: { rule: string; field: string; when: string; is: readonly unknown[] }) => `${f.rule} ${f.field} when ${f.when} is ${f.is.join('|')}`;

describe('dependent fields', () => {
  it('gathers every protocol rule the form hides fields by, derived from the tables the schemas enforce', () => {
    expect(DEPENDENT_FIELDS.map(key).sort()).toEqual(
      [
        'R1 engineConfig when engine is v8-isolate|wasm|container',
        'R1 engineConfig.v8Isolate when engine is v8-isolate',
        'R1 engineConfig.wasm when engine is wasm',
        'R1 engineConfig.container when engine is container',
        'R2 syncInterval when syncPolicy is auto',
        'R3 auth.username when auth.type is basic',
        'R3 auth.password when auth.type is basic',
        'R3 auth.token when auth.type is bearer|oauth2',
        'R3 auth.apiKey when auth.type is api-key',
        'R6 customMetric when metric is custom',
        'R7 distributedConfig when stateStrategy is distributed',
        'R8 style when outputFormat is source-code',
        'R8 language when outputFormat is source-code',
        'R8 schemaOptions when outputFormat is low-code-schema',
      ].sort(),
    );
  });

  it('a field the form would hide is one the schema rejects', () => {
    const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths(RuntimeConfigSchema.safeParse({ engine: 'process', engineConfig: { wasm: {} } }))).toContain('engineConfig.wasm');
    expect(paths(RegistryUpstreamSchema.safeParse({ url: 'https://r.example', syncPolicy: 'manual', syncInterval: 60 }))).toEqual(['syncInterval']);
    expect(paths(HotReloadConfigSchema.safeParse({ stateStrategy: 'memory', distributedConfig: { provider: 'redis' } }))).toEqual(['distributedConfig']);
    expect(paths(CodeGenerationRequestSchema.safeParse({ description: 'x', pluginType: 'app', outputFormat: 'dsl', schemaOptions: {} }))).toEqual(['schemaOptions']);
  });
});
