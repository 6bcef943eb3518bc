import { describe, expect, it } from 'vitest';
import { REDACTED } from '../secrets/marker';
import { documentKinds } from './document-kinds';
import { mergeDocuments, resolveConflicts } from './merge-documents';

const secrets = documentKinds['hot-reload'].secretPaths;

const base = {
  stateStrategy: 'distributed',
  debounceDelay: 300,
  watchPatterns: ['src/**/*.ts'],
  distributedConfig: { provider: 'redis', endpoints: ['redis://a:6379'], auth: { username: 'app', password: REDACTED } },
};
const clone = () => structuredClone(base);

describe('mergeDocuments', () => {
  it('takes each side’s change when they touch different fields', () => {
    const theirs = { ...clone(), debounceDelay: 500 };
    const mine = clone();
    mine.distributedConfig.provider = 'etcd';
    const r = mergeDocuments({ base, theirs, mine }, secrets);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({ ...clone(), debounceDelay: 500, distributedConfig: { ...base.distributedConfig, provider: 'etcd' } });
  });

  it('merges nested objects field by field when both sides changed the same object', () => {
    const theirs = clone();
    theirs.distributedConfig.auth.username = 'svc';
    const mine = clone();
    mine.distributedConfig.provider = 'etcd';
    const r = mergeDocuments({ base, theirs, mine }, secrets);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toMatchObject({ distributedConfig: { provider: 'etcd', auth: { username: 'svc', password: REDACTED } } });
  });

  it('reports the same field changed differently on both sides, keeping theirs until chosen', () => {
    const theirs = { ...clone(), debounceDelay: 500 };
    const mine = { ...clone(), debounceDelay: 800 };
    const r = mergeDocuments({ base, theirs, mine }, secrets);
    expect(r.conflicts).toEqual([{ path: 'debounceDelay', at: ['debounceDelay'], base: 300, theirs: 500, mine: 800 }]);
    expect(r.merged).toMatchObject({ debounceDelay: 500 });
    expect(resolveConflicts(r.merged, mine, r.conflicts, { debounceDelay: 'mine' })).toMatchObject({ debounceDelay: 800 });
    expect(resolveConflicts(r.merged, mine, r.conflicts, { debounceDelay: 'theirs' })).toMatchObject({ debounceDelay: 500 });
  });

  it('is no conflict when both sides made the same change', () => {
    const theirs = { ...clone(), debounceDelay: 500 };
    const mine = { ...clone(), debounceDelay: 500 };
    expect(mergeDocuments({ base, theirs, mine }, secrets)).toEqual({ merged: theirs, conflicts: [] });
  });

  it('treats arrays as a whole: both sides changing one is a conflict, not an item merge', () => {
    const theirs = { ...clone(), watchPatterns: ['src/**/*.ts', 'lib/**'] };
    const mine = { ...clone(), watchPatterns: ['app/**'] };
    const r = mergeDocuments({ base, theirs, mine }, secrets);
    expect(r.conflicts.map((c) => [c.path, c.theirs, c.mine])).toEqual([['watchPatterns', ['src/**/*.ts', 'lib/**'], ['app/**']]]);
    // One side only: that side's array whole.
    const one = mergeDocuments({ base, theirs: clone(), mine }, secrets);
    expect(one).toEqual({ merged: mine, conflicts: [] });
  });

  it('keeps a field one side removed and the other left alone removed', () => {
    const theirs = clone() as Partial<typeof base>;
    delete theirs.watchPatterns;
    const mine = { ...clone(), debounceDelay: 800 };
    const r = mergeDocuments({ base, theirs, mine }, secrets);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).not.toHaveProperty('watchPatterns');
    expect(r.merged).toMatchObject({ debounceDelay: 800 });
  });

  it('a removal against an edit of the same field is a conflict; choosing mine restores my value, choosing a removal deletes it', () => {
    const theirs = clone() as Partial<typeof base>;
    delete theirs.watchPatterns;
    const mine = { ...clone(), watchPatterns: ['app/**'] };
    const r = mergeDocuments({ base, theirs, mine }, secrets);
    expect(r.conflicts).toEqual([{ path: 'watchPatterns', at: ['watchPatterns'], base: ['src/**/*.ts'], theirs: undefined, mine: ['app/**'] }]);
    expect(r.merged).not.toHaveProperty('watchPatterns');
    expect(resolveConflicts(r.merged, mine, r.conflicts, { watchPatterns: 'mine' })).toMatchObject({ watchPatterns: ['app/**'] });
    const removedByMe = mergeDocuments({ base, theirs: mine, mine: theirs }, secrets);
    expect(resolveConflicts(removedByMe.merged, theirs, removedByMe.conflicts, { watchPatterns: 'mine' })).not.toHaveProperty('watchPatterns');
  });

  describe('secrets (R10)', () => {
    it('keeps a secret nobody typed as the marker, so the server keeps the stored value', () => {
      const theirs = { ...clone(), debounceDelay: 500 };
      const mine = clone();
      mine.distributedConfig.provider = 'etcd';
      const r = mergeDocuments({ base, theirs, mine }, secrets, ['distributedConfig.auth.password']);
      expect(r.merged).toMatchObject({ distributedConfig: { auth: { password: REDACTED } } });
    });

    it('takes a secret typed in the draft when they did not change it', () => {
      const mine = clone();
      mine.distributedConfig.auth.password = 'new-password-1';
      const r = mergeDocuments({ base, theirs: { ...clone(), debounceDelay: 500 }, mine }, secrets);
      expect(r.conflicts).toEqual([]);
      expect(r.merged).toMatchObject({ debounceDelay: 500, distributedConfig: { auth: { password: 'new-password-1' } } });
    });

    it('a secret typed in the draft that they also changed is a conflict shown redacted on every side', () => {
      const mine = clone();
      mine.distributedConfig.auth.password = 'new-password-1';
      const r = mergeDocuments({ base, theirs: clone(), mine }, secrets, ['distributedConfig.auth.password']);
      expect(r.conflicts).toEqual([
        { path: 'distributedConfig.auth.password', at: ['distributedConfig', 'auth', 'password'], base: REDACTED, theirs: REDACTED, mine: REDACTED, secret: true },
      ]);
      expect(JSON.stringify(r.conflicts)).not.toContain('new-password-1');
      expect(r.merged).toMatchObject({ distributedConfig: { auth: { password: REDACTED } } });
      expect(resolveConflicts(r.merged, mine, r.conflicts, { 'distributedConfig.auth.password': 'mine' })).toMatchObject({
        distributedConfig: { auth: { password: 'new-password-1' } },
      });
    });
  });
});
