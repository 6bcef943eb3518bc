// Against a real Verdaccio (no uplinks) plus small local servers for the edge cases.
import { allowLoopbackEgress } from '@/lib/egress/testing/allow-loopback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryUpstreamSchema, type RegistryUpstreamInput } from '@/schemas';
import { testRegistryUpstream } from './test-registry-upstream';
import { startFakeRegistry } from './testing/fake-registry';
import { closedPort } from './testing/free-port';
import { needs } from './testing/has-binary';
import { startHtmlServer } from './testing/html-server';
import { makeSelfSignedCert, type SelfSignedCert } from './testing/self-signed-cert';
import { startSilentServer } from './testing/silent-server';
import { startVerdaccio, type Verdaccio } from './testing/verdaccio';

const PASSWORD = 'alice-registry-pw';
const upstream = (input: Omit<RegistryUpstreamInput, 'syncPolicy'>) =>
  RegistryUpstreamSchema.parse({ timeout: 2000, ...input, syncPolicy: 'manual' });
const basic = (password = PASSWORD) => ({ type: 'basic' as const, username: 'alice', password });

// These tests talk to real servers on 127.0.0.1, which the egress policy refuses unless allowed.
allowLoopbackEgress();

describe('testRegistryUpstream (real Verdaccio)', () => {
  let registry: Verdaccio;
  let token: string;

  beforeAll(async () => {
    registry = await startVerdaccio();
    token = await registry.addUser('alice', PASSWORD);
    const authorization = `Bearer ${token}`;
    await registry.publish('open-pkg', authorization);
    await registry.publish('secret-pkg', authorization);
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('answers /-/ping like an npm registry, with status and latency', async () => {
    const result = await testRegistryUpstream(upstream({ url: registry.url }));
    expect(result).toMatchObject({ ok: true, status: 200, npmLike: true, npmEvidence: 'GET /-/ping answered 200 with a JSON object' });
    expect(result.latencyMs).toBeGreaterThan(0);
    expect(result.checks.map((c) => c.name)).toEqual(['ping']);
  });

  it('proves basic credentials through /-/whoami', async () => {
    const result = await testRegistryUpstream(upstream({ url: registry.url, auth: basic() }));
    expect(result).toMatchObject({ ok: true, authenticatedAs: 'alice' });
    expect(result.checks.map((c) => [c.name, c.passed])).toEqual([['ping', true], ['whoami', true]]);
  });

  it('proves a bearer token (and an api key sent as one)', async () => {
    expect(await testRegistryUpstream(upstream({ url: registry.url, auth: { type: 'bearer', token } }))).toMatchObject({ ok: true, authenticatedAs: 'alice' });
    expect(await testRegistryUpstream(upstream({ url: registry.url, auth: { type: 'api-key', apiKey: token } }))).toMatchObject({ ok: true, authenticatedAs: 'alice' });
  });

  it('reports a wrong password as an authentication failure, without echoing it', async () => {
    const result = await testRegistryUpstream(upstream({ url: registry.url, auth: basic('wrong-password') }));
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ kind: 'auth', code: 'ANONYMOUS' });
    expect(result.error?.message).toMatch(/^authentication failed/);
    expect(JSON.stringify(result)).not.toContain('wrong-password');
  });

  it('reads a packument when a package is named', async () => {
    const result = await testRegistryUpstream(upstream({ url: registry.url }), { probePackage: 'open-pkg' });
    expect(result.ok).toBe(true);
    expect(result.checks.at(-1)).toMatchObject({ name: 'packument', request: 'GET /open-pkg', status: 200, passed: true });
  });

  it('gets 401 on a protected package without credentials and 200 with them', async () => {
    const anonymous = await testRegistryUpstream(upstream({ url: registry.url }), { probePackage: 'secret-pkg' });
    expect(anonymous.error).toMatchObject({ kind: 'auth', code: 'HTTP_401' });
    expect(anonymous.error?.message).toContain('authentication failed');
    const signedIn = await testRegistryUpstream(upstream({ url: registry.url, auth: basic() }), { probePackage: 'secret-pkg' });
    expect(signedIn.ok).toBe(true);
    expect(signedIn.checks.at(-1)?.status).toBe(200);
  });

  it('reports a package the registry does not have', async () => {
    const result = await testRegistryUpstream(upstream({ url: registry.url }), { probePackage: 'no-such-pkg' });
    expect(result.error).toMatchObject({ kind: 'http', code: 'HTTP_404' });
  });
});

describe('testRegistryUpstream (edge cases on local servers)', () => {
  it('says a web page is not an npm registry', async () => {
    const html = await startHtmlServer();
    try {
      const result = await testRegistryUpstream(upstream({ url: `http://127.0.0.1:${html.port}` }));
      expect(result).toMatchObject({ ok: false, status: 200, npmLike: false });
      expect(result.error).toMatchObject({ kind: 'protocol', code: 'NOT_NPM_REGISTRY' });
      expect(result.error?.message).toContain('text/html');
    } finally {
      await html.close();
    }
  });

  it('reports a 401 on /-/ping as an authentication failure', async () => {
    const fake = await startFakeRegistry({ '/-/ping': { status: 401, body: { error: 'unauthorized' } } });
    try {
      const result = await testRegistryUpstream(upstream({ url: fake.url, auth: { type: 'bearer', token: 'expired-token' } }));
      expect(result.error).toMatchObject({ kind: 'auth', code: 'HTTP_401', message: 'authentication failed: GET /-/ping answered 401 Unauthorized' });
    } finally {
      await fake.close();
    }
  });

  it('keeps the path of an upstream URL such as /api/npm', async () => {
    const fake = await startFakeRegistry({ '/api/npm/-/ping': { status: 200, body: {} } });
    try {
      const result = await testRegistryUpstream(upstream({ url: `${fake.url}/api/npm` }));
      expect(result).toMatchObject({ ok: true, npmEvidence: 'GET /api/npm/-/ping answered 200 with a JSON object' });
    } finally {
      await fake.close();
    }
  });

  it('reports ECONNREFUSED for a closed port', async () => {
    const result = await testRegistryUpstream(upstream({ url: `http://127.0.0.1:${await closedPort()}` }));
    expect(result.error).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
  });

  it('gives up after the upstream timeout on a server that never answers', async () => {
    const silent = await startSilentServer();
    try {
      const result = await testRegistryUpstream(upstream({ url: `http://127.0.0.1:${silent.port}`, timeout: 1000 }));
      expect(result.error).toMatchObject({ kind: 'timeout', code: 'ETIMEDOUT' });
      // The configured 1 s was used, not the 30 s default: the timeout's own message names it.
      expect(result.error?.message).toMatch(/did not answer within 1000 ms$/);
      expect(result.latencyMs).toBeGreaterThanOrEqual(990);
    } finally {
      await silent.close();
    }
  });
});

const [tlsTitle, noOpenssl] = needs('testRegistryUpstream over TLS (self-signed)', { openssl: 'openssl' }, { openssl: 'version' });

describe.skipIf(noOpenssl)(tlsTitle, () => {
  let cert: SelfSignedCert;
  let fake: Awaited<ReturnType<typeof startFakeRegistry>>;
  beforeAll(async () => {
    cert = makeSelfSignedCert();
    fake = await startFakeRegistry({ '/-/ping': { status: 200, body: {} } }, cert);
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('fails on a self-signed certificate when verification is on', async () => {
    const result = await testRegistryUpstream(upstream({ url: fake.url }));
    expect(result.error).toMatchObject({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  it('accepts it with verifyCertificate false', async () => {
    expect((await testRegistryUpstream(upstream({ url: fake.url, tls: { verifyCertificate: false } }))).ok).toBe(true);
  });

  it('accepts it when given as the trusted certificate', async () => {
    expect((await testRegistryUpstream(upstream({ url: fake.url, tls: { certificate: cert.cert } }))).ok).toBe(true);
  });
});
