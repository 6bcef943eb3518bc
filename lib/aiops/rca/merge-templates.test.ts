import { describe, expect, it } from 'vitest';
import { TemplateMerger } from './merge-templates';

describe('merging templates that differ in a word or two', () => {
  it('joins one failure written with different currencies, and widens the template', () => {
    const m = new TemplateMerger();
    const usd = m.groupOf('POST /v<n>/checkout <n>: more than one row returned (convertPrice USD → EUR)');
    const gbp = m.groupOf('POST /v<n>/checkout <n>: more than one row returned (convertPrice GBP → EUR)');
    expect(gbp).toBe(usd);
    expect(usd.template).toBe('POST /v<n>/checkout <n>: more than one row returned (convertPrice <*> → EUR)');
    // A template seen before returns its group at once; a third currency joins the same group.
    expect(m.groupOf('POST /v<n>/checkout <n>: more than one row returned (convertPrice USD → EUR)')).toBe(usd);
    expect(m.groupOf('POST /v<n>/checkout <n>: more than one row returned (convertPrice JPY → EUR)')).toBe(usd);
  });

  it('keeps apart templates that differ in a failure word', () => {
    const m = new TemplateMerger();
    expect(m.groupOf('call to orders-db at <ip>: connection refused by peer')).not.toBe(m.groupOf('call to orders-db at <ip>: connection reset by peer'));
    expect(m.groupOf('payment <id> captured in <n> ms ok')).not.toBe(m.groupOf('payment <id> not captured in <n> ms'));
  });

  it('needs three words in four to match: two words of three differing stay apart, and so do short templates', () => {
    const m = new TemplateMerger();
    expect(m.groupOf('cache warm for products')).not.toBe(m.groupOf('index warm for orders'));
    expect(m.groupOf('GET /a <n>')).not.toBe(m.groupOf('GET /b <n>'));
    // Three differing words of eight: more than two.
    expect(m.groupOf('job alpha started on node one for tenant a')).not.toBe(m.groupOf('job beta started on node two for tenant b'));
    // Two of eight: joined.
    expect(m.groupOf('job gamma started on node three for tenant c')).toBe(m.groupOf('job delta started on node three for tenant d'));
  });

  it('keeps templates of different lengths apart', () => {
    const m = new TemplateMerger();
    expect(m.groupOf('upstream answered <n> for /v<n>/orders after retry')).not.toBe(m.groupOf('upstream answered <n> for /v<n>/orders after second retry'));
  });
});
