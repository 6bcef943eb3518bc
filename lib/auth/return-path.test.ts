import { describe, expect, it } from 'vitest';
import { loginUrlFor, safeReturnPath } from './return-path';

describe('the return path after sign-in', () => {
  it('keeps a path on this console, with its query and fragment', () => {
    expect(safeReturnPath('/incidents/41')).toBe('/incidents/41');
    expect(safeReturnPath('/anomalies?plugin=acme%2Fbilling%401&range=7d#chart')).toBe('/anomalies?plugin=acme%2Fbilling%401&range=7d#chart');
    expect(safeReturnPath('/plugins/../audit')).toBe('/audit');
  });

  it('refuses anything that could leave the console', () => {
    for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example', '\\\\evil.example', '/\t/evil.example', 'javascript:alert(1)', 'incidents/41', '', ' /x']) {
      expect(safeReturnPath(next), JSON.stringify(next)).toBe('/');
    }
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath(['/a', '/b'])).toBe('/');
  });

  it('does not come back to the sign-in page itself', () => {
    expect(safeReturnPath('/login')).toBe('/');
    expect(safeReturnPath('/login?next=/x')).toBe('/');
  });

  it('builds the sign-in address for a deep link, and plain /login for the home page', () => {
    expect(loginUrlFor('/incidents/41')).toBe('/login?next=%2Fincidents%2F41');
    expect(loginUrlFor('/')).toBe('/login');
    expect(loginUrlFor(null)).toBe('/login');
    expect(loginUrlFor('//evil.example')).toBe('/login');
  });
});
