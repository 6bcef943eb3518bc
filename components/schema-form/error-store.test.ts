import { describe, expect, it, vi } from 'vitest';
import { ErrorStore } from './error-store';

describe('ErrorStore', () => {
  it('shows an issue only once its field is revealed, or after submit', () => {
    const store = new ErrorStore();
    store.setIssues(new Map([['a', 'Required'], ['b.c', 'Too big']]));
    expect(store.get('a')).toBeUndefined();
    store.reveal(['a']);
    expect(store.get('a')).toBe('Required');
    expect(store.get('b.c')).toBeUndefined();
    store.revealAll();
    expect(store.entries()).toEqual([['a', 'Required'], ['b.c', 'Too big']]);
    expect(store.countWithin('b')).toBe(1);
  });

  it('notifies only the fields whose shown error changed', () => {
    const store = new ErrorStore();
    const a = vi.fn();
    const b = vi.fn();
    const all = vi.fn();
    store.subscribe('a', a);
    store.subscribe('b', b);
    store.subscribeAll(all);
    store.reveal(['a', 'b']);
    store.setIssues(new Map([['a', 'Required']]));
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
    store.setIssues(new Map([['a', 'Required']]));
    expect(a).toHaveBeenCalledTimes(1);
    expect(all).toHaveBeenCalledTimes(1);
    store.setIssues(new Map());
    expect(a).toHaveBeenCalledTimes(2);
  });

  it('clear forgets issues and reveals', () => {
    const store = new ErrorStore();
    store.setIssues(new Map([['a', 'x']]));
    store.revealAll();
    store.clear();
    store.setIssues(new Map([['a', 'x']]));
    expect(store.get('a')).toBeUndefined();
  });
});
