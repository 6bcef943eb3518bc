import { describe, expect, it } from 'vitest';
import { AIOpsAgentConfigSchema } from '@/schemas/aiops';
import { HotReloadConfigSchema } from '@/schemas/distributed-state';
import { SandboxConfigSchema } from '@/schemas/sandbox';
import { emptyValue, fillDefaults } from './defaults';
import { infoAt, introspect } from './introspect';

describe('defaults', () => {
  it('fills a new array item from the schema defaults', () => {
    const action = infoAt(introspect(AIOpsAgentConfigSchema), 'selfHealing.actions.0');
    expect(emptyValue(action!)).toEqual({
      trigger: {},
      maxAttempts: 3,
      cooldown: 60,
      timeout: 300,
      requireApproval: false,
      priority: 5,
    });
  });

  it('completes a loaded document without switching optional sections on', () => {
    const filled = fillDefaults(introspect(SandboxConfigSchema), { runtime: { engine: 'wasm' } });
    expect(filled).toEqual({ enabled: true, level: 'standard', runtime: { engine: 'wasm' } });
    expect(fillDefaults(introspect(HotReloadConfigSchema), {})).toEqual({
      enabled: false,
      debounceDelay: 1000,
      preserveState: true,
      stateStrategy: 'memory',
      shutdownTimeout: 30000,
    });
  });

  it('keeps keys the schema does not know', () => {
    expect(fillDefaults(introspect(HotReloadConfigSchema), { extra: 1 })).toMatchObject({ extra: 1 });
  });
});
