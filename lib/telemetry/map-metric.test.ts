import { describe, expect, it } from 'vitest';
import { MAX_MATCH_LENGTH, TelemetryConfigSchema, type TelemetryConfigInput } from '@/schemas';
import { findRule, mapMetric, pluginIdOf } from './map-metric';
import { matchName } from './match-name';

const defaults = TelemetryConfigSchema.parse({});
const config = (input: TelemetryConfigInput) => TelemetryConfigSchema.parse(input);
const otlp = (name: string, unit?: string, attributes: Record<string, unknown> = { 'service.name': 'checkout-api' }) => ({
  name,
  unit,
  attributes,
  source: 'otlp' as const,
});

describe('matchName', () => {
  it('matches exact names and * as any run of characters, including none', () => {
    expect(matchName('http.server.duration', 'http.server.duration')).toBe(true);
    expect(matchName('http.server.duration', 'http.server.durations')).toBe(false);
    expect(matchName('http.*', 'http.')).toBe(true);
    expect(matchName('http.*', 'http')).toBe(false);
    expect(matchName('*.duration', 'rpc.server.duration')).toBe(true);
    expect(matchName('a*b*c', 'aXXbYYc')).toBe(true);
    expect(matchName('a*b*c', 'aXXbYY')).toBe(false);
    expect(matchName('*', '')).toBe(true);
    expect(matchName('', 'x')).toBe(false);
  });

  it('treats regex characters literally and stays fast on a hostile pattern', () => {
    expect(matchName('a.b', 'aXb')).toBe(false);
    expect(matchName('(a+)+', '(a+)+')).toBe(true);
    const pattern = `${'a*'.repeat(MAX_MATCH_LENGTH / 2 - 1)}b`;
    expect(matchName(pattern, 'a'.repeat(255))).toBe(false);
  });
});

describe('pluginIdOf', () => {
  it('takes the first attribute present, objectstack.plugin.id before service.name', () => {
    expect(pluginIdOf(defaults, { 'service.name': 'svc', 'objectstack.plugin.id': 'checkout-api' }, 'otlp')).toEqual({ pluginId: 'checkout-api' });
    expect(pluginIdOf(defaults, { 'service.name': 'svc', 'objectstack.plugin.id': '' }, 'otlp')).toEqual({ pluginId: 'svc' });
    expect(pluginIdOf(defaults, { job: 'node', plugin: 'cart' }, 'prometheus')).toEqual({ pluginId: 'cart' });
    expect(pluginIdOf(defaults, { job: 'node' }, 'prometheus')).toEqual({ pluginId: 'node' });
  });

  it('skips, with the reason, data that names no plugin or an invalid one', () => {
    expect(pluginIdOf(defaults, { 'service.name': 42 }, 'otlp')).toEqual({
      skip: true,
      reason: 'no resource attribute names the plugin (looked for objectstack.plugin.id, service.name)',
    });
    expect(pluginIdOf(defaults, { 'service.name': 'Checkout API' }, 'otlp')).toEqual({
      skip: true,
      reason: 'service.name "Checkout API" is not a valid plugin id',
    });
    expect(pluginIdOf(config({ pluginLabels: ['app'] }), { job: 'x' }, 'prometheus')).toMatchObject({ reason: 'no label names the plugin (looked for app)' });
  });
});

describe('mapMetric with the initial document', () => {
  it('maps the semantic-convention names with their conversions', () => {
    expect(mapMetric(defaults, otlp('process.cpu.utilization', '1'))).toEqual({
      pluginId: 'checkout-api',
      metric: 'cpu-usage',
      scale: 100,
      statistic: 'p95',
      quantile: 0.95,
    });
    expect(mapMetric(defaults, otlp('http.server.request.duration', 's'))).toMatchObject({ metric: 'response-time', scale: 1000, quantile: 0.95 });
    expect(mapMetric(defaults, otlp('http.server.request.duration', 'ms'))).toMatchObject({ metric: 'response-time', scale: 1 });
    expect(mapMetric(defaults, otlp('process.memory.usage', 'By'))).toMatchObject({ metric: 'memory-usage', scale: 1 });
  });

  it('keeps an unmatched metric as a custom metric under its own name', () => {
    expect(mapMetric(defaults, otlp('cache.hit_ratio'))).toEqual({
      pluginId: 'checkout-api',
      metric: 'cache.hit_ratio',
      scale: 1,
      statistic: 'p95',
      quantile: 0.95,
    });
    // The unit-specific rules do not match another unit: the name is kept as it is.
    expect(mapMetric(defaults, otlp('http.server.request.duration', 'min'))).toMatchObject({ metric: 'http.server.request.duration', scale: 1 });
  });

  it('skips a custom name the console cannot store (101 characters, or a slash)', () => {
    expect(mapMetric(defaults, otlp('m'.repeat(100)))).toMatchObject({ metric: 'm'.repeat(100) });
    expect(mapMetric(defaults, otlp('m'.repeat(101)))).toMatchObject({ skip: true });
    expect(mapMetric(defaults, otlp('my/metric'))).toEqual({
      skip: true,
      reason: 'my/metric is not a valid console metric name (at most 100 letters, digits, _ . : and -)',
    });
  });
});

describe('mapMetric with rules', () => {
  const rules = config({
    unmapped: 'drop',
    rules: [
      { match: 'debug.*', action: 'drop' },
      { match: 'rpc.*.duration', unit: 'ms', metric: 'latency', statistic: 'mean' },
      { match: 'rpc.*', metric: 'throughput' },
    ],
  });

  it('applies the first rule that matches name and unit', () => {
    expect(mapMetric(rules, otlp('rpc.server.duration', 'ms'))).toMatchObject({ metric: 'latency', statistic: 'mean', quantile: null });
    expect(mapMetric(rules, otlp('rpc.server.duration', 's'))).toMatchObject({ metric: 'throughput' });
    expect(findRule(rules, 'rpc.x', undefined)?.metric).toBe('throughput');
  });

  it('drops what a drop rule matches, and what no rule matches when unmapped is drop', () => {
    expect(mapMetric(rules, otlp('debug.gc'))).toEqual({ skip: true, reason: 'debug.gc is dropped by rule "debug.*"' });
    expect(mapMetric(rules, otlp('other'))).toEqual({ skip: true, reason: 'other matches no rule and unmapped metrics are dropped' });
  });

  it('names the plugin before looking at rules', () => {
    expect(mapMetric(rules, otlp('rpc.x', undefined, {}))).toMatchObject({ skip: true, reason: expect.stringContaining('names the plugin') });
  });
});
