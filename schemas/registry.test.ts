import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SYNC_INTERVAL,
  RegistryAuthTypeSchema,
  RegistryConfigSchema,
  RegistrySyncPolicySchema,
  RegistryUpstreamSchema,
} from './registry';
import { accepts, issuePaths, messageAt, parseTwice, withValue } from './test-utils';

const url = 'https://registry.example.com';
const manual = { url, syncPolicy: 'manual' };

describe('RegistrySyncPolicySchema', () => {
  it('has exactly the protocol values', () => {
    expect(RegistrySyncPolicySchema.options).toEqual(['manual', 'auto', 'proxy']);
    expect(accepts(RegistrySyncPolicySchema, 'push')).toBe(false);
  });
});

describe('RegistryUpstreamSchema', () => {
  it('applies defaults, including the R2 interval for auto', () => {
    expect(RegistryUpstreamSchema.parse({ url })).toEqual({
      url,
      syncPolicy: 'auto',
      syncInterval: DEFAULT_SYNC_INTERVAL,
      timeout: 30000,
    });
    expect(DEFAULT_SYNC_INTERVAL).toBe(3600);
    expect(RegistryUpstreamSchema.parse({ ...manual, auth: {}, tls: {}, retry: {} })).toEqual({
      ...manual,
      timeout: 30000,
      auth: { type: 'none' },
      tls: { enabled: true, verifyCertificate: true },
      retry: { maxAttempts: 3, backoff: 'exponential' },
    });
  });

  it('needs an http or https url', () => {
    expect(issuePaths(RegistryUpstreamSchema, {})).toEqual(['url']);
    expect(accepts(RegistryUpstreamSchema, { url: 'http://localhost:4873' })).toBe(true);
    expect(issuePaths(RegistryUpstreamSchema, { url: 'javascript:alert(1)' })).toEqual(['url']);
    expect(issuePaths(RegistryUpstreamSchema, { url: 'not a url' })).toEqual(['url']);
  });

  it.each([
    ['syncInterval', 60, 59],
    ['timeout', 1000, 999],
    ['retry.maxAttempts', 0, -1],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    const base = { url };
    expect(accepts(RegistryUpstreamSchema, withValue(base, path, ok))).toBe(true);
    expect(issuePaths(RegistryUpstreamSchema, withValue(base, path, bad))).toEqual([path]);
  });

  it.each([
    ['syncPolicy', ['manual', 'auto', 'proxy']],
    ['auth.type', ['none']],
    ['retry.backoff', ['fixed', 'linear', 'exponential']],
  ])('enum %s takes exactly %o', (path, values) => {
    for (const value of values) expect(accepts(RegistryUpstreamSchema, withValue({ url }, path, value))).toBe(true);
    expect(issuePaths(RegistryUpstreamSchema, withValue({ url }, path, 'bogus'))).toEqual([path]);
  });

  describe('R2: syncInterval belongs to auto', () => {
    it('keeps a stated interval for auto', () => {
      expect(RegistryUpstreamSchema.parse({ url, syncInterval: 600 }).syncInterval).toBe(600);
    });

    it.each(['manual', 'proxy'])('rejects an interval for %s and adds none', (syncPolicy) => {
      const doc = { url, syncPolicy, syncInterval: 600 };
      expect(issuePaths(RegistryUpstreamSchema, doc)).toEqual(['syncInterval']);
      expect(messageAt(RegistryUpstreamSchema, doc, 'syncInterval')).toBe('syncInterval is only allowed when syncPolicy is auto');
      expect(RegistryUpstreamSchema.parse({ url, syncPolicy })).not.toHaveProperty('syncInterval');
    });
  });

  describe('R3: each auth type has its credentials', () => {
    it('lists exactly the protocol auth types', () => {
      expect(RegistryAuthTypeSchema.options).toEqual(['none', 'basic', 'bearer', 'api-key', 'oauth2']);
    });

    it.each([
      ['basic', { username: 'u', password: 'p' }],
      ['bearer', { token: 't' }],
      ['oauth2', { token: 't' }],
      ['api-key', { apiKey: 'k' }],
      ['none', {}],
    ])('%s passes with %o', (type, credentials) => {
      expect(accepts(RegistryUpstreamSchema, { url, auth: { type, ...credentials } })).toBe(true);
    });

    it.each([
      ['basic', { password: 'p' }, 'username'],
      ['basic', { username: 'u' }, 'password'],
      ['bearer', {}, 'token'],
      ['oauth2', { apiKey: 'k' }, 'token'],
      ['api-key', { token: 't' }, 'apiKey'],
    ])('%s with %o fails on %s', (type, credentials, field) => {
      const doc = { url, auth: { type, ...credentials } };
      expect(issuePaths(RegistryUpstreamSchema, doc)).toEqual([`auth.${field}`]);
      expect(messageAt(RegistryUpstreamSchema, doc, `auth.${field}`)).toBe(`${field} is required when auth type is ${type}`);
    });

    it.each(['', '   '])('counts %o as missing', (blank) => {
      expect(issuePaths(RegistryUpstreamSchema, { url, auth: { type: 'basic', username: blank, password: 'p' } })).toEqual([
        'auth.username',
      ]);
      expect(issuePaths(RegistryUpstreamSchema, { url, auth: { type: 'bearer', token: blank } })).toEqual(['auth.token']);
      expect(issuePaths(RegistryUpstreamSchema, { url, auth: { type: 'api-key', apiKey: blank } })).toEqual(['auth.apiKey']);
    });
  });

  it('parses idempotently', () => {
    for (const doc of [{ url }, manual, { url, syncPolicy: 'proxy', auth: { type: 'bearer', token: 't' }, tls: {} }]) {
      const [once, twice] = parseTwice(RegistryUpstreamSchema, doc);
      expect(twice).toEqual(once);
    }
  });
});

describe('RegistryConfigSchema', () => {
  it('requires a type and applies defaults', () => {
    expect(issuePaths(RegistryConfigSchema, {})).toEqual(['type']);
    expect(
      RegistryConfigSchema.parse({ type: 'hybrid', storage: {}, accessControl: {}, cache: {}, mirrors: [{ url }] }),
    ).toEqual({
      type: 'hybrid',
      visibility: 'private',
      storage: { backend: 'local' },
      accessControl: { requireAuthForRead: false, requireAuthForWrite: true },
      cache: { enabled: true, ttl: 3600 },
      mirrors: [{ url, priority: 1 }],
    });
  });

  it.each([
    ['cache.ttl', 0, -1],
    ['cache.maxSize', 1 << 30, 0.5],
    ['mirrors.0.priority', 1, 0],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    const base = { type: 'private', mirrors: [{ url }] };
    expect(accepts(RegistryConfigSchema, withValue(base, path, ok))).toBe(true);
    expect(issuePaths(RegistryConfigSchema, withValue(base, path, bad))).toEqual([path]);
  });

  it.each([
    ['type', ['public', 'private', 'hybrid']],
    ['visibility', ['public', 'private', 'internal']],
    ['storage.backend', ['local', 's3', 'gcs', 'azure-blob', 'oss']],
  ])('enum %s takes exactly %o', (path, values) => {
    const base = { type: 'private' };
    for (const value of values) expect(accepts(RegistryConfigSchema, withValue(base, path, value))).toBe(true);
    expect(issuePaths(RegistryConfigSchema, withValue(base, path, 'bogus'))).toEqual([path]);
  });

  it('checks mirror urls', () => {
    expect(issuePaths(RegistryConfigSchema, { type: 'private', mirrors: [{ url: 'ftp://mirror' }] })).toEqual(['mirrors.0.url']);
  });

  it('reports upstream rules with the array index in the path', () => {
    const doc = {
      type: 'hybrid',
      upstream: [{ url }, { url, auth: { type: 'bearer', token: ' ' } }, { ...manual, syncInterval: 120 }],
    };
    expect(issuePaths(RegistryConfigSchema, doc)).toEqual(['upstream.1.auth.token', 'upstream.2.syncInterval']);
  });

  it('parses idempotently, with the R2 interval filled in once', () => {
    const [once, twice] = parseTwice(RegistryConfigSchema, {
      type: 'hybrid',
      upstream: [{ url }, manual],
      scope: ['@my-corp'],
      defaultScope: '@my-corp',
      storage: { backend: 's3', path: 'packages', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } },
      cache: {},
      mirrors: [{ url: 'https://mirror.example.com', priority: 2 }],
    });
    expect(twice).toEqual(once);
    expect((once as { upstream: { syncInterval?: number }[] }).upstream.map((u) => u.syncInterval)).toEqual([3600, undefined]);
  });
});
