import { describe, expect, it } from 'vitest';
import { DistributedStateConfigSchema, HotReloadConfigSchema, StateStrategySchema } from './distributed-state';
import { accepts, issuePaths, messageAt, parseTwice, withValue } from './test-utils';

const redis = { provider: 'redis', endpoints: ['redis://localhost:6379'] };

describe('DistributedStateConfigSchema', () => {
  it('requires a provider and applies replication defaults', () => {
    expect(issuePaths(DistributedStateConfigSchema, {})).toEqual(['provider']);
    expect(DistributedStateConfigSchema.parse({ ...redis, replication: {} })).toEqual({
      ...redis,
      replication: { enabled: true, minReplicas: 1 },
    });
  });

  it.each([
    ['ttl', 0, -1],
    ['ttl', 60, 1.5],
    ['replication.minReplicas', 1, 0],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(accepts(DistributedStateConfigSchema, withValue(redis, path, ok))).toBe(true);
    expect(issuePaths(DistributedStateConfigSchema, withValue(redis, path, bad))).toEqual([path]);
  });

  it('takes exactly the protocol providers', () => {
    for (const provider of ['redis', 'etcd', 'custom']) {
      expect(accepts(DistributedStateConfigSchema, { provider })).toBe(true);
    }
    expect(issuePaths(DistributedStateConfigSchema, { provider: 'memcached' })).toEqual(['provider']);
  });

  it('keeps auth and provider-specific settings', () => {
    const doc = { ...redis, auth: { username: 'u', password: 'p', token: 't', certificate: 'c' }, customConfig: { db: 2 } };
    expect(DistributedStateConfigSchema.parse(doc)).toEqual(doc);
  });
});

describe('HotReloadConfigSchema', () => {
  it('applies defaults', () => {
    expect(HotReloadConfigSchema.parse({})).toEqual({
      enabled: false,
      debounceDelay: 1000,
      preserveState: true,
      stateStrategy: 'memory',
      shutdownTimeout: 30000,
    });
  });

  it.each([
    ['debounceDelay', 0, -1],
    ['shutdownTimeout', 0, -1],
    ['debounceDelay', 250, 0.5],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(accepts(HotReloadConfigSchema, withValue({}, path, ok))).toBe(true);
    expect(issuePaths(HotReloadConfigSchema, withValue({}, path, bad))).toEqual([path]);
  });

  it('takes exactly the protocol state strategies', () => {
    expect(StateStrategySchema.options).toEqual(['memory', 'disk', 'distributed', 'none']);
    for (const stateStrategy of ['memory', 'disk', 'none']) {
      expect(accepts(HotReloadConfigSchema, { stateStrategy })).toBe(true);
    }
    expect(accepts(HotReloadConfigSchema, { stateStrategy: 'distributed', distributedConfig: redis })).toBe(true);
    expect(issuePaths(HotReloadConfigSchema, { stateStrategy: 'cloud' })).toEqual(['stateStrategy']);
  });

  describe('R7: distributedConfig exactly when stateStrategy is distributed', () => {
    it('requires it for distributed', () => {
      const doc = { stateStrategy: 'distributed' };
      expect(issuePaths(HotReloadConfigSchema, doc)).toEqual(['distributedConfig']);
      expect(messageAt(HotReloadConfigSchema, doc, 'distributedConfig')).toBe(
        'distributedConfig is required when stateStrategy is distributed',
      );
    });

    it('rejects it for other strategies, including the default one', () => {
      expect(issuePaths(HotReloadConfigSchema, { distributedConfig: redis })).toEqual(['distributedConfig']);
      expect(messageAt(HotReloadConfigSchema, { stateStrategy: 'disk', distributedConfig: redis }, 'distributedConfig')).toBe(
        'distributedConfig is only allowed when stateStrategy is distributed',
      );
    });

    it('reports errors inside the store settings on their own path', () => {
      const doc = { stateStrategy: 'distributed', distributedConfig: { ...redis, ttl: -1 } };
      expect(issuePaths(HotReloadConfigSchema, doc)).toEqual(['distributedConfig.ttl']);
    });
  });

  it('parses idempotently', () => {
    const [once, twice] = parseTwice(HotReloadConfigSchema, {
      enabled: true,
      watchPatterns: ['src/**/*.ts'],
      stateStrategy: 'distributed',
      distributedConfig: { ...redis, replication: {}, auth: { password: 'secret' } },
      beforeReload: ['flush'],
      afterReload: ['warm'],
    });
    expect(twice).toEqual(once);
  });
});
