import { describe, expect, it } from 'vitest';
import { RegistryConfigSchema } from '@/schemas/registry';
import { SandboxConfigSchema } from '@/schemas/sandbox';
import { textSaveProblem } from './text-save-check';

const json = (doc: unknown) => JSON.stringify(doc, null, 2);

describe('textSaveProblem', () => {
  it('lets valid text be saved as shown', () => {
    expect(textSaveProblem(SandboxConfigSchema, 'json', json({ runtime: { engine: 'container', engineConfig: { container: { image: 'node:20' } } } }))).toBeUndefined();
    expect(textSaveProblem(SandboxConfigSchema, 'yaml', 'memory:\n  maxHeap: 0\n')).toBeUndefined();
  });

  it('refuses container options under a v8 engine instead of dropping them', () => {
    const problem = textSaveProblem(SandboxConfigSchema, 'json', json({ runtime: { engine: 'v8-isolate', engineConfig: { container: { image: 'node:20' } } } }));
    expect(problem).toMatch(/^Not saved: the JSON has a problem \(line \d+, .*only allowed when engine is container\)\. Fix it first\.$/);
  });

  it('refuses negative sizes and counts them', () => {
    const problem = textSaveProblem(SandboxConfigSchema, 'json', json({ memory: { maxHeap: -1 }, runtime: { resourceLimits: { maxMemory: -512 } } }));
    expect(problem).toMatch(/^Not saved: the JSON has 2 problems .*; and 1 more\)\. Fix them first\.$/);
  });

  it('refuses a syntax error', () => {
    expect(textSaveProblem(SandboxConfigSchema, 'yaml', 'memory: [\n')).toBe('Fix the YAML syntax error before saving.');
  });

  it('refuses valid text holding a field the form hides, which would be dropped', () => {
    const doc = { type: 'private', upstream: [{ url: 'https://a.example', auth: { type: 'bearer', token: 't', username: 'ops' } }] };
    const problem = textSaveProblem(RegistryConfigSchema, 'json', json(doc));
    expect(problem).toMatch(/would be dropped/);
    const kept = { type: 'private', upstream: [{ url: 'https://a.example', auth: { type: 'basic', password: 'p', username: 'ops' } }] };
    expect(textSaveProblem(RegistryConfigSchema, 'json', json(kept))).toBeUndefined();
  });
});
