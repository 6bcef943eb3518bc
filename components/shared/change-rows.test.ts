import { describe, expect, it } from 'vitest';
import { RegistryConfigSchema } from '@/schemas/registry';
import { changeRows, isMeaningfulChange } from './change-rows';

describe('isMeaningfulChange', () => {
  it('drops an empty array added where nothing was, or removed leaving nothing', () => {
    expect(isMeaningfulChange({ op: 'add', path: 'mirrors', after: [] })).toBe(false);
    expect(isMeaningfulChange({ op: 'remove', path: 'mirrors', before: [] })).toBe(false);
  });

  it('keeps an array with one item, and every other change', () => {
    expect(isMeaningfulChange({ op: 'add', path: 'mirrors', after: ['https://m.example'] })).toBe(true);
    expect(isMeaningfulChange({ op: 'remove', path: 'mirrors', before: ['https://m.example'] })).toBe(true);
    expect(isMeaningfulChange({ op: 'add', path: 'visibility', after: 'public' })).toBe(true);
    expect(isMeaningfulChange({ op: 'change', path: 'mirrors', before: ['a'], after: [] })).toBe(true);
  });
});

describe('changeRows', () => {
  const changes = [
    { op: 'add' as const, path: 'mirrors', after: [] },
    { op: 'change' as const, path: 'upstream.0.syncInterval', before: 60, after: 600 },
    { op: 'change' as const, path: '', before: null, after: {} },
  ];

  it('names changes by their field labels, as errors are named', () => {
    expect(changeRows(changes, RegistryConfigSchema).map((c) => c.label)).toEqual(['Upstream › #1 › Sync interval', '(document)']);
  });

  it('falls back to the raw path without a schema', () => {
    expect(changeRows(changes).map((c) => c.label)).toEqual(['upstream.0.syncInterval', '(document)']);
  });
});
