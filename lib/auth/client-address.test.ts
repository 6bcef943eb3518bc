import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { env, resetEnvForTests } from '../env';
import { requestOrigin } from './auth';
import { clientAddress, forwardedOrigin, installPeerStamp, normalizeAddress, peerHeaderName } from './client-address';

function withProxies(value: string | undefined) {
  if (value === undefined) delete process.env.CONSOLE_TRUSTED_PROXIES;
  else process.env.CONSOLE_TRUSTED_PROXIES = value;
  resetEnvForTests();
}

/** Headers as the server hands them to a route: the stamped peer plus whatever the client sent. */
function headersFrom(peer: string | null, sent: Record<string, string> = {}): Headers {
  const h = new Headers(sent);
  if (peer) h.set(peerHeaderName(), peer);
  return h;
}

afterEach(() => withProxies(undefined));

describe('CONSOLE_TRUSTED_PROXIES', () => {
  it('accepts addresses and CIDR ranges up to the family size, and refuses anything else', () => {
    withProxies('10.0.0.1, 10.0.0.0/8,192.168.0.0/32, fd00::/8, ::1');
    expect(env().CONSOLE_TRUSTED_PROXIES).toEqual(['10.0.0.1', '10.0.0.0/8', '192.168.0.0/32', 'fd00::/8', '::1']);
    for (const bad of ['10.0.0.0/33', 'fd00::/129', 'proxy.local', '10.0.0.1/8/8', '10.0.0/8']) {
      withProxies(bad);
      expect(() => env(), bad).toThrow(/CONSOLE_TRUSTED_PROXIES/);
    }
  });

  it('is empty when unset', () => {
    withProxies(undefined);
    expect(env().CONSOLE_TRUSTED_PROXIES).toEqual([]);
  });
});

describe('clientAddress', () => {
  it('is unknown without the server stamp, whatever headers the client sends', () => {
    withProxies('0.0.0.0/0');
    expect(clientAddress(headersFrom(null, { 'x-forwarded-for': '203.0.113.9' }))).toBeNull();
    // A guess at the stamp's name does not help: the name is random per process.
    expect(peerHeaderName()).toMatch(/^x-console-peer-[0-9a-f]{24}$/);
    expect(clientAddress(headersFrom(null, { 'x-console-peer': '203.0.113.9' }))).toBeNull();
  });

  it('is the peer when no proxy is trusted, ignoring X-Forwarded-For', () => {
    const h = headersFrom('198.51.100.4', { 'x-forwarded-for': '203.0.113.9' });
    expect(clientAddress(h)).toBe('198.51.100.4');
  });

  it('believes X-Forwarded-For from a peer at the edge of a trusted range, not from one just outside', () => {
    withProxies('10.0.0.0/8');
    expect(clientAddress(headersFrom('10.255.255.255', { 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientAddress(headersFrom('11.0.0.0', { 'x-forwarded-for': '203.0.113.9' }))).toBe('11.0.0.0');
  });

  it('takes the nearest untrusted hop behind trusted proxies; entries the client wrote are ignored', () => {
    withProxies('10.0.0.0/8');
    const h = headersFrom('10.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.7' });
    expect(clientAddress(h)).toBe('203.0.113.9');
  });

  it('falls back to the peer when the forwarded chain is malformed or missing', () => {
    withProxies('10.0.0.0/8');
    expect(clientAddress(headersFrom('10.0.0.1', { 'x-forwarded-for': '203.0.113.9, not-an-ip' }))).toBe('10.0.0.1');
    expect(clientAddress(headersFrom('10.0.0.1'))).toBe('10.0.0.1');
  });

  it('normalises IPv4-mapped IPv6 and bracketed addresses', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('[::1]')).toBe('::1');
    expect(normalizeAddress('localhost')).toBeNull();
    withProxies('127.0.0.1');
    expect(clientAddress(headersFrom('::ffff:127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
  });
});

describe('the same-origin rule', () => {
  it('expects CONSOLE_URL, whatever Host and X-Forwarded-Host/-Proto the client sends', () => {
    const spoofed = new Request('http://localhost:3000/api/v1/plugins', {
      headers: headersFrom('198.51.100.4', { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }),
    });
    expect(requestOrigin(spoofed)).toBe('http://localhost:3000');
    expect(forwardedOrigin(spoofed.headers)).toBeNull();
  });

  it('believes X-Forwarded-Host/-Proto from a trusted proxy only', () => {
    withProxies('10.0.0.0/8');
    const sent = { 'x-forwarded-host': 'console.example.com', 'x-forwarded-proto': 'https' };
    expect(requestOrigin(new Request('http://localhost:3000/', { headers: headersFrom('10.1.2.3', sent) }))).toBe('https://console.example.com');
    expect(requestOrigin(new Request('http://localhost:3000/', { headers: headersFrom('11.1.2.3', sent) }))).toBe('http://localhost:3000');
    const oddProto = headersFrom('10.1.2.3', { 'x-forwarded-host': 'console.example.com', 'x-forwarded-proto': 'javascript' });
    expect(forwardedOrigin(oddProto)).toBeNull();
  });
});

describe('installPeerStamp', () => {
  let server: Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("stamps each request with the socket's address, replacing a value the client sent", async () => {
    installPeerStamp();
    const seen: (string | string[] | undefined)[] = [];
    server = createServer((req, res) => {
      seen.push(req.headers[peerHeaderName()]);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, headers: { [peerHeaderName()]: '203.0.113.9', 'x-forwarded-for': '203.0.113.9' } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });
    expect(seen).toEqual(['127.0.0.1']);
  });
});
