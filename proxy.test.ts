// The proxy's headers: a fresh nonce in the CSP of every page (no 'unsafe-inline' for scripts),
// the same nonce handed to Next.js and the layout, HSTS only when CONSOLE_URL is https.
import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { resetEnvForTests } from '@/lib/env';
import { proxy } from './proxy';

function run(path: string) {
  const res = proxy(new NextRequest(`http://localhost:3000${path}`));
  // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
  const forwarded = (name: string) => res.headers.get(`x-middleware-request-${name}`);
  return { res, forwarded };
}

function scriptSrc(csp: string | null): string {
  return csp?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
}

function withConsoleUrl(url: string) {
  process.env.CONSOLE_URL = url;
  resetEnvForTests();
}

afterEach(() => withConsoleUrl('http://localhost:3000'));

describe('proxy', () => {
  it('sends a CSP whose script-src allows only this request\'s nonce, never unsafe-inline', () => {
    const { res, forwarded } = run('/incidents/41');
    const csp = res.headers.get('content-security-policy');
    const nonce = forwarded('x-nonce');
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(scriptSrc(csp)).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    // Next.js reads the nonce for its own scripts from the request's CSP header.
    expect(forwarded('content-security-policy')).toBe(csp);
  });

  it('uses a new nonce for every request', () => {
    const nonces = new Set(Array.from({ length: 20 }, () => run('/').forwarded('x-nonce')));
    expect(nonces.size).toBe(20);
  });

  it('passes the requested path and query on for the sign-in redirect, overriding what the client sent', () => {
    const req = new NextRequest('http://localhost:3000/incidents/41?tab=rca', { headers: { 'x-console-requested-path': '//evil.example' } });
    expect(proxy(req).headers.get('x-middleware-request-x-console-requested-path')).toBe('/incidents/41?tab=rca');
  });

  it('sends no HSTS when the console is served over http', () => {
    expect(run('/').res.headers.get('strict-transport-security')).toBeNull();
    expect(run('/api/v1/me').res.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS on pages and API responses when CONSOLE_URL is https', () => {
    withConsoleUrl('https://console.example.com');
    expect(run('/').res.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    const api = run('/api/v1/me').res;
    expect(api.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(api.headers.get('content-security-policy')).toBeNull();
  });

  it('treats the OpenTelemetry receiver paths as API, not pages', () => {
    withConsoleUrl('https://console.example.com');
    const otlp = run('/v1/metrics');
    expect(otlp.res.headers.get('content-security-policy')).toBeNull();
    expect(otlp.forwarded('x-nonce')).toBeNull();
    expect(otlp.res.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  });
});
