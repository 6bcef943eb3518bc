import { describe, expect, it } from 'vitest';
import { cn } from './cn';

describe('cn', () => {
  it('skips falsy parts', () => {
    expect(cn('a', false, null, undefined, 'b')).toBe('a b');
  });

  it('lets a later class of the same group win, for the theme colours too', () => {
    expect(cn('text-fg hover:bg-surface-2', 'text-danger hover:bg-danger/10')).toBe('text-danger hover:bg-danger/10');
    expect(cn('px-2 py-1', 'px-4')).toBe('py-1 px-4');
  });

  it('keeps classes of different groups that share a prefix', () => {
    expect(cn('text-sm', 'text-danger')).toBe('text-sm text-danger');
  });
});
