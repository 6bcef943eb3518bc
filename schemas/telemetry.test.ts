import { describe, expect, it } from 'vitest';
import { DEFAULT_TELEMETRY_RULES, MAX_MATCH_LENGTH, MAX_PLUGIN_KEYS, MAX_TELEMETRY_RULES, TelemetryConfigSchema, TelemetryRuleSchema } from './telemetry';
import { issuePaths, messageAt, parseTwice } from './test-utils';

describe('TelemetryConfigSchema', () => {
  it('starts with the plugin attributes, labels and semantic-convention rules', () => {
    const doc = TelemetryConfigSchema.parse({});
    expect(doc.pluginAttributes).toEqual(['objectstack.plugin.id', 'service.name']);
    expect(doc.pluginLabels).toEqual(['plugin', 'job']);
    expect(doc.unmapped).toBe('keep');
    expect(doc.rules).toHaveLength(DEFAULT_TELEMETRY_RULES.length);
    expect(doc.rules[0]).toEqual({ match: 'process.cpu.utilization', action: 'map', metric: 'cpu-usage', convert: 'ratio-to-percent', statistic: 'p95' });
    const [once, twice] = parseTwice(TelemetryConfigSchema, {});
    expect(twice).toEqual(once);
  });

  it('keeps an empty rule list empty', () => {
    expect(TelemetryConfigSchema.parse({ rules: [] }).rules).toEqual([]);
  });

  it('bounds the rule list and the attribute lists', () => {
    const rule = (i: number) => ({ match: `m${i}` });
    expect(issuePaths(TelemetryConfigSchema, { rules: Array.from({ length: MAX_TELEMETRY_RULES }, (_, i) => rule(i)) })).toEqual([]);
    expect(messageAt(TelemetryConfigSchema, { rules: Array.from({ length: MAX_TELEMETRY_RULES + 1 }, (_, i) => rule(i)) }, 'rules')).toBe(`At most ${MAX_TELEMETRY_RULES} rules`);
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
    expect(issuePaths(TelemetryConfigSchema, { pluginAttributes: keys(MAX_PLUGIN_KEYS) })).toEqual([]);
    expect(messageAt(TelemetryConfigSchema, { pluginAttributes: keys(MAX_PLUGIN_KEYS + 1) }, 'pluginAttributes')).toBe(`At most ${MAX_PLUGIN_KEYS} attributes`);
    expect(messageAt(TelemetryConfigSchema, { pluginLabels: [] }, 'pluginLabels')).toBe('Name at least one attribute');
    expect(messageAt(TelemetryConfigSchema, { pluginLabels: ['1abc'] }, 'pluginLabels.0')).toMatch(/must not start with a digit/);
  });

  it('refuses a rule that repeats an earlier one, naming both', () => {
    const body = { rules: [{ match: 'a', unit: 's' }, { match: 'a', unit: 'ms' }, { match: 'a', unit: 's' }] };
    expect(messageAt(TelemetryConfigSchema, body, 'rules.2.match')).toBe('rules.2 repeats rules.0 (same match and unit): it would never apply');
    expect(issuePaths(TelemetryConfigSchema, body)).toEqual(['rules.2.match']);
  });
});

describe('TelemetryRuleSchema', () => {
  it('bounds match at its length and refuses spaces', () => {
    expect(issuePaths(TelemetryRuleSchema, { match: 'm'.repeat(MAX_MATCH_LENGTH) })).toEqual([]);
    expect(messageAt(TelemetryRuleSchema, { match: 'm'.repeat(MAX_MATCH_LENGTH + 1) }, 'match')).toBe(`match must be at most ${MAX_MATCH_LENGTH} characters`);
    expect(messageAt(TelemetryRuleSchema, { match: '' }, 'match')).toBe('match is required');
    expect(messageAt(TelemetryRuleSchema, { match: 'a b' }, 'match')).toBe('match must not contain spaces');
  });

  it('checks the target metric name, conversion and statistic', () => {
    expect(messageAt(TelemetryRuleSchema, { match: 'a', metric: 'x'.repeat(101) }, 'metric')).toBe('Metric name must be at most 100 characters');
    expect(issuePaths(TelemetryRuleSchema, { match: 'a', convert: 'furlongs' })).toEqual(['convert']);
    expect(issuePaths(TelemetryRuleSchema, { match: 'a', statistic: 'p42' })).toEqual(['statistic']);
    expect(messageAt(TelemetryRuleSchema, { match: 'a', unit: 'a b' }, 'unit')).toBe('unit must not contain spaces');
  });

  it('allows a metric only on a map rule', () => {
    expect(messageAt(TelemetryRuleSchema, { match: 'a', action: 'drop', metric: 'cpu-usage' }, 'metric')).toBe('metric is only allowed when action is map');
    expect(issuePaths(TelemetryRuleSchema, { match: 'a', action: 'drop' })).toEqual([]);
  });
});
