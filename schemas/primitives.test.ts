import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  boundedNumber,
  findUnstorableJson,
  int4,
  MAX_ID_LENGTH,
  MAX_INT4,
  MAX_JSON_DEPTH,
  SaneDateTimeSchema,
  SaneEpochMsSchema,
  SerialIdSchema,
  idText,
  isEndpointAddress,
  storedText,
  uniqueList,
} from './primitives';
import { PluginIdSchema, TokenCreateSchema, MetricPointInputSchema, EventInputSchema, HealthIngestItemSchema } from './index';
import { OptimizationScanSchema } from './optimization-api';
import { DistributedStateConfigSchema } from './distributed-state';

const messages = (r: { success: boolean; error?: z.ZodError }) => r.error?.issues.map((i) => i.message) ?? [];

describe('stored text', () => {
  const text = storedText(5);
  it('takes text up to the bound and refuses one past it', () => {
    expect(text.safeParse('abcde').success).toBe(true);
    expect(text.safeParse('abcdef').success).toBe(false);
  });
  it('refuses NUL and lone surrogates, and keeps well-formed pairs', () => {
    expect(messages(text.safeParse('a\u0000b'))).toEqual([expect.stringContaining('NUL')]);
    expect(messages(text.safeParse('\ud800'))).toEqual([expect.stringContaining('lone UTF-16 surrogate')]);
    expect(messages(text.safeParse('x\udc00'))).toEqual([expect.stringContaining('lone UTF-16 surrogate')]);
    expect(text.safeParse('😀').success).toBe(true);
  });
  it('ids are non-empty and bounded', () => {
    expect(idText().safeParse('').success).toBe(false);
    expect(idText().safeParse('x'.repeat(MAX_ID_LENGTH)).success).toBe(true);
    expect(idText().safeParse('x'.repeat(MAX_ID_LENGTH + 1)).success).toBe(false);
  });
});

describe('timestamps', () => {
  it('take 2000-01-01 up to but not including 2100-01-01', () => {
    expect(SaneDateTimeSchema.safeParse('2000-01-01T00:00:00Z').success).toBe(true);
    expect(SaneDateTimeSchema.safeParse('1999-12-31T23:59:59.999Z').success).toBe(false);
    expect(SaneDateTimeSchema.safeParse('2099-12-31T23:59:59Z').success).toBe(true);
    expect(SaneDateTimeSchema.safeParse('2100-01-01T00:00:00Z').success).toBe(false);
    expect(SaneDateTimeSchema.safeParse('0001-01-01T00:00:00Z').success).toBe(false);
    expect(SaneEpochMsSchema.safeParse(Date.UTC(2000, 0, 1)).success).toBe(true);
    expect(SaneEpochMsSchema.safeParse(Date.UTC(2000, 0, 1) - 1).success).toBe(false);
    expect(SaneEpochMsSchema.safeParse(8640000000000001).success).toBe(false);
  });
  it('refuse calendar dates that do not exist', () => {
    expect(SaneDateTimeSchema.safeParse('2026-02-30T00:00:00Z').success).toBe(false);
    expect(SaneDateTimeSchema.safeParse('2028-02-29T00:00:00Z').success).toBe(true);
    expect(SaneDateTimeSchema.safeParse('2026-02-29T00:00:00Z').success).toBe(false);
  });
  it('apply to metric points and events', () => {
    expect(MetricPointInputSchema.safeParse({ pluginId: 'p', metric: 'm', timestamp: 8640000000000001, value: 1 }).success).toBe(false);
    expect(EventInputSchema.safeParse({ pluginId: 'p', timestamp: '0001-01-01T00:00:00Z', message: 'x' }).success).toBe(false);
  });
  it('apply to health reports, with their measurements bounded', () => {
    const report = (timestamp: string, cpuUsage = 1) => ({ pluginId: 'p', report: { status: 'healthy', timestamp, metrics: { cpuUsage } } });
    expect(HealthIngestItemSchema.safeParse(report('2026-01-01T00:00:00Z')).success).toBe(true);
    expect(HealthIngestItemSchema.safeParse(report('0001-01-01T00:00:00Z')).error?.issues[0].path).toEqual(['report', 'timestamp']);
    expect(HealthIngestItemSchema.safeParse(report('2026-01-01T00:00:00Z', 1e31)).error?.issues[0].path).toEqual(['report', 'metrics', 'cpuUsage']);
  });
});

describe('numbers', () => {
  it('bounded numbers take ±1e30 and refuse one step past it', () => {
    expect(boundedNumber().safeParse(1e30).success).toBe(true);
    expect(boundedNumber().safeParse(-1e30).success).toBe(true);
    const justPast = 1e30 * (1 + Number.EPSILON);
    expect(justPast).toBeGreaterThan(1e30);
    expect(boundedNumber().safeParse(justPast).success).toBe(false);
    expect(boundedNumber().safeParse(1.7e308).success).toBe(false);
    expect(boundedNumber().safeParse(Number.NaN).success).toBe(false);
    expect(boundedNumber().safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
  });
  it('int4 and serial ids stop at what their columns hold', () => {
    expect(int4(0).safeParse(MAX_INT4).success).toBe(true);
    expect(int4(0).safeParse(MAX_INT4 + 1).success).toBe(false);
    expect(int4(1, { coerce: true }).safeParse('1e300').success).toBe(false);
    expect(SerialIdSchema.safeParse(String(Number.MAX_SAFE_INTEGER)).success).toBe(true);
    expect(SerialIdSchema.safeParse('1e300').success).toBe(false);
    expect(SerialIdSchema.safeParse('0').success).toBe(false);
  });
});

describe('de-duplicated lists', () => {
  const list = uniqueList(z.string(), { min: 1, max: 3 });
  it('removes duplicates and checks the bound on what was sent', () => {
    expect(list.parse(['a', 'a', 'b'])).toEqual(['a', 'b']);
    expect(list.safeParse(['a', 'a', 'a', 'a']).success).toBe(false);
    expect(list.safeParse([]).success).toBe(false);
  });
  it('a token with 20 000 copies of the scope read is refused; a repeated one is stored once', () => {
    expect(TokenCreateSchema.safeParse({ name: 't', scopes: Array(20_000).fill('read') }).success).toBe(false);
    expect(TokenCreateSchema.parse({ name: 't', scopes: ['read', 'read', 'events:write'] }).scopes).toEqual(['read', 'events:write']);
  });
});

describe('stored JSON', () => {
  it('finds NUL and lone surrogates in values and keys, with their path', () => {
    expect(findUnstorableJson({ a: [1, { b: 'x\u0000' }] })).toEqual({ path: ['a', 1, 'b'], message: expect.stringContaining('NUL') });
    expect(findUnstorableJson({ ['k\ud800']: 1 })?.path).toEqual(['k\ud800']);
    expect(findUnstorableJson({ a: ['ok', 2, null, true] })).toBeUndefined();
  });
  it('takes nesting up to the bound and refuses 10 000 levels without overflowing the stack', () => {
    const nest = (n: number) => {
      let v: unknown = 'leaf';
      for (let i = 0; i < n; i++) v = [v];
      return v;
    };
    expect(findUnstorableJson(nest(MAX_JSON_DEPTH))).toBeUndefined();
    expect(findUnstorableJson(nest(MAX_JSON_DEPTH + 1))?.message).toContain('deeper');
    expect(findUnstorableJson(nest(10_000))?.message).toContain('deeper');
  });
});

describe('plugin ids', () => {
  it('refuse . and .. parts, empty parts and a trailing slash', () => {
    for (const id of ['x/../../../../etc/passwd', 'x/./y', 'x//y', 'x/', 'x/..']) expect(PluginIdSchema.safeParse(id).success, id).toBe(false);
    for (const id of ['acme/billing@1', 'a.b/c..d', 'x']) expect(PluginIdSchema.safeParse(id).success, id).toBe(true);
  });
});

describe('the optimization scan request', () => {
  it('names one plugin or asks for all explicitly; {} and an empty id are refused', () => {
    expect(OptimizationScanSchema.safeParse({}).error?.issues[0].path).toEqual(['pluginId']);
    expect(OptimizationScanSchema.safeParse({ pluginId: '' }).error?.issues[0].path).toEqual(['pluginId']);
    expect(OptimizationScanSchema.safeParse({ pluginId: 'a', all: true }).success).toBe(false);
    expect(OptimizationScanSchema.safeParse({ all: true }).success).toBe(true);
    expect(OptimizationScanSchema.safeParse({ pluginId: 'a' }).success).toBe(true);
  });
});

describe('store endpoints', () => {
  it('are addresses with a host and a valid port; blank still counts as not filled in', () => {
    for (const e of ['redis://cache-1:6379', 'rediss://a.internal:6379', 'http://127.0.0.1:2379', 'host:2379', '[::1]:6379', 'x://y', '', '  '])
      expect(isEndpointAddress(e), e).toBe(true);
    for (const e of ['not an address', 'redis://', 'redis://host:65536', 'javascript:alert(1)', 'host:port', '://x'])
      expect(isEndpointAddress(e), e).toBe(false);
  });
  it('are checked in the store settings, naming the item', () => {
    const r = DistributedStateConfigSchema.safeParse({ provider: 'redis', endpoints: ['redis://ok:6379', 'not an address'] });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['endpoints', 1]]);
  });
});
