import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AIOpsAgentConfigSchema } from './aiops';
import { CodeGenerationRequestSchema } from './codegen';
import { DistributedStateConfigSchema, HotReloadConfigSchema } from './distributed-state';
import { RegistryConfigSchema, RegistryUpstreamSchema } from './registry';
import { SandboxConfigSchema } from './sandbox';
import { isSecret, secret, secretPaths } from './secrets';

describe('secret()', () => {
  it('marks a schema and keeps its description', () => {
    const field = secret(z.string().optional().describe('Password'));
    expect(isSecret(field)).toBe(true);
    expect(field.description).toBe('Password');
    expect(isSecret(z.string())).toBe(false);
  });

  it('shows up in JSON Schema', () => {
    const json = z.toJSONSchema(z.object({ password: secret(z.string()) }), { io: 'input' });
    expect(json.properties?.password).toMatchObject({ type: 'string', secret: true });
  });
});

describe('secretPaths', () => {
  it('finds the registry secrets inside the upstream array, through the R2 transform', () => {
    expect(secretPaths(RegistryConfigSchema)).toEqual([
      'upstream[*].auth.password',
      'upstream[*].auth.token',
      'upstream[*].auth.apiKey',
      'upstream[*].tls.privateKey',
      'storage.credentials',
    ]);
    expect(secretPaths(RegistryUpstreamSchema)).toEqual(['auth.password', 'auth.token', 'auth.apiKey', 'tls.privateKey']);
  });

  it('finds the distributed state credentials, also inside hot reload', () => {
    expect(secretPaths(DistributedStateConfigSchema)).toEqual(['auth.password', 'auth.token', 'auth.certificate']);
    expect(secretPaths(HotReloadConfigSchema)).toEqual([
      'distributedConfig.auth.password',
      'distributedConfig.auth.token',
      'distributedConfig.auth.certificate',
    ]);
  });

  it('finds none where the protocol has none', () => {
    for (const schema of [SandboxConfigSchema, CodeGenerationRequestSchema]) {
      expect(secretPaths(schema)).toEqual([]);
    }
  });

  it('treats incident notification settings (webhook URLs, signing secrets) as secrets', () => {
    expect(secretPaths(AIOpsAgentConfigSchema)).toEqual(['incidentResponse.notifications[*].config']);
  });

  it('walks records, nullable, default and union wrappers', () => {
    const schema = z.object({
      vaults: z.record(z.string(), z.object({ key: secret(z.string()) })).default({}),
      either: z.union([z.object({ pin: secret(z.string()) }), z.string()]).nullable(),
      whole: secret(z.object({ a: z.string() })),
    });
    expect(secretPaths(schema)).toEqual(['vaults.*.key', 'either.pin', 'whole']);
  });
});
