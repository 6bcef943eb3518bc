import { describe, expect, it } from 'vitest';
import { auditNames, detailsSummary, targetLabel } from './audit-summary';

const names = { 'user:u1': 'Ann Lee (ann@example.com)', 'plugin:checkout-api': 'Checkout API' };

describe('targetLabel', () => {
  it('names a known user or plugin by its name, keeping the kind', () => {
    expect(targetLabel('user:u1', names)).toBe('user Ann Lee (ann@example.com)');
    expect(targetLabel('plugin:checkout-api', names)).toBe('plugin Checkout API');
  });

  it('leaves an unknown or deleted reference as it is', () => {
    expect(targetLabel('user:gone', names)).toBe('user:gone');
    expect(targetLabel('', names)).toBe('');
  });
});

describe('detailsSummary', () => {
  it('reads as words, with ids named and empty values left out', () => {
    expect(detailsSummary({ pluginId: 'checkout-api', comment: '', incidentId: 12, scopes: ['read', 'write'], changed: true, ip: null }, names)).toBe(
      'Plugin: Checkout API · Incident: #12 · Scopes: read, write · Changed: yes',
    );
  });

  it('keeps an unknown id, shortens long lists and flattens nested objects', () => {
    const paths = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(detailsSummary({ userId: 'u9', paths, before: { name: 'Old', description: '' } }, names)).toBe(
      'User: u9 · Paths: a, b, c, d, e and 2 more · Before: (Name: Old)',
    );
    expect(detailsSummary({ scopes: [] }, names)).toBe('Scopes: none');
    expect(detailsSummary({}, names)).toBe('');
  });
});

describe('auditNames', () => {
  it('names users by name and email, or the email when the name is missing or the same', () => {
    expect(
      auditNames(
        [
          { id: 'u1', name: 'Ann Lee', email: 'ann@example.com' },
          { id: 'u2', name: null, email: 'bot@example.com' },
          { id: 'u3', name: 'ops@example.com', email: 'ops@example.com' },
        ],
        [{ id: 'checkout-api', name: 'Checkout API' }],
      ),
    ).toEqual({ 'user:u1': 'Ann Lee (ann@example.com)', 'user:u2': 'bot@example.com', 'user:u3': 'ops@example.com', 'plugin:checkout-api': 'Checkout API' });
  });
});
