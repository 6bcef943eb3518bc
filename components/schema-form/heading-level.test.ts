import { describe, expect, it } from 'vitest';
import { headingLevel } from './heading-level';

describe('headingLevel', () => {
  it('makes top-level sections h2 and nests one level per object', () => {
    expect(headingLevel('')).toBe(2);
    expect(headingLevel('runtime')).toBe(2);
    expect(headingLevel('runtime.engineConfig')).toBe(3);
    expect(headingLevel('runtime.engineConfig.wasm')).toBe(4);
  });

  it('adds no level for a list index, and stops at h6', () => {
    expect(headingLevel('upstream.0.auth')).toBe(3);
    expect(headingLevel('a.b.c.d.e.f.g')).toBe(6);
  });
});
