import { describe, expect, it } from 'vitest';
import { helpText, humanizeIdentifiers, humanizeName, unitHint, unitOf, withUnit, withUnitWords } from './labels';

describe('humanizeName', () => {
  it.each([
    ['maxMemoryPages', 'Max memory pages'],
    ['autoRCA', 'Auto RCA'],
    ['apiKey', 'API key'],
    ['v8Isolate', 'V8 isolate'],
    ['enableSimd', 'Enable SIMD'],
    ['agentId', 'Agent ID'],
    ['url', 'URL'],
    ['maxCpuPercent', 'Max CPU percent'],
    ['heapSizeMb', 'Heap size MB'],
    ['ttl', 'TTL'],
    ['api-key', 'API key'],
    ['0', '#1'],
  ])('%s → %s', (name, label) => expect(humanizeName(name)).toBe(label));
});

describe('humanizeIdentifiers', () => {
  it('rewrites camelCase names and dotted paths in rule messages', () => {
    expect(humanizeIdentifiers('customMetric is required when metric is custom')).toBe(
      'Custom metric is required when metric is custom',
    );
    expect(humanizeIdentifiers('engineConfig.wasm is only allowed when engine is wasm')).toBe(
      'Engine config › wasm is only allowed when engine is wasm',
    );
    expect(humanizeIdentifiers('minInstances must not be greater than maxInstances')).toBe(
      'Min instances must not be greater than max instances',
    );
    expect(humanizeIdentifiers('apiKey is required when auth type is api-key')).toBe('API key is required when auth type is api-key');
  });
});

describe('units', () => {
  it('reads the unit at the end of a description and strips it from the help', () => {
    expect(unitOf('Debounce delay before reloading (ms)')).toBe('ms');
    expect(unitOf('Heap size of the isolate in megabytes')).toBeUndefined();
    expect(helpText('Debounce delay before reloading (ms)')).toBe('Debounce delay before reloading');
    expect(helpText('CPU limit in cores, e.g. "0.5"')).toBe('CPU limit in cores, e.g. "0.5"');
  });
  it('formats values with units', () => {
    expect(withUnit(30000, 'ms')).toBe('30000 ms');
    expect(withUnit(80, '%')).toBe('80%');
    expect(withUnit(1, 'pages')).toBe('1 page');
    expect(withUnitWords(60, 's')).toBe('60 seconds');
    expect(withUnitWords(1, 'ms')).toBe('1 millisecond');
    expect(withUnitWords(100, '%')).toBe('100%');
  });
  it('gives a friendlier reading of large values', () => {
    expect(unitHint(30000, 'ms')).toBe('30 s');
    expect(unitHint(86400, 's')).toBe('1 d');
    expect(unitHint(536870912, 'bytes')).toBe('512 MiB');
    expect(unitHint(16, 'pages')).toBe('1 MiB');
    expect(unitHint(500, 'ms')).toBeUndefined();
  });
});
