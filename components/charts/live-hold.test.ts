import { describe, expect, it } from 'vitest';
import { nextHolds } from './live-hold';

describe('nextHolds', () => {
  it('holds while any holder holds, and releases when the last one lets go', () => {
    let holds: ReadonlySet<string> = new Set();
    holds = nextHolds(holds, 'cpu:pointer', true);
    holds = nextHolds(holds, 'dialog', true);
    holds = nextHolds(holds, 'cpu:pointer', false);
    expect([...holds]).toEqual(['dialog']);
    holds = nextHolds(holds, 'dialog', false);
    expect(holds.size).toBe(0);
  });

  it('returns the same set when nothing changes, so no re-render follows', () => {
    const empty: ReadonlySet<string> = new Set();
    expect(nextHolds(empty, 'cpu:hover', false)).toBe(empty);
    const held = nextHolds(empty, 'cpu:hover', true);
    expect(nextHolds(held, 'cpu:hover', true)).toBe(held);
  });

  it('keeps the hold of a pressed pointer when the same chart is left mid-drag', () => {
    let holds = nextHolds(new Set(), 'cpu:hover', true);
    holds = nextHolds(holds, 'cpu:pointer', true);
    holds = nextHolds(holds, 'cpu:hover', false);
    expect(holds.size).toBe(1);
  });
});
