// Against a real redis-server started on a free 127.0.0.1 port (plus one TLS-only instance).
import { allowLoopbackEgress } from '@/lib/egress/testing/allow-loopback';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisEndpoint } from './test-redis-endpoint';
import { closedPort, freePort } from './testing/free-port';
import { needs } from './testing/has-binary';
import { makeSelfSignedCert, type SelfSignedCert } from './testing/self-signed-cert';
import { startSilentServer } from './testing/silent-server';
import { spawnServer, type RunningServer } from './testing/spawn-server';
import { tcpOpen } from './testing/tcp-open';

const [plainTitle, noRedis] = needs('testRedisEndpoint (real redis-server)', { 'redis-server': 'redis-server' });
const [tlsTitle, noTls] = needs('testRedisEndpoint over TLS (real redis-server)', { 'redis-server': 'redis-server', openssl: 'openssl' }, { openssl: 'version' });
const PASSWORD = 'secret-redis-pw';
const opts = { timeoutMs: 2000 };

function redisArgs(port: number, extra: string[] = []) {
  return ['--port', String(port), '--bind', '127.0.0.1', '--requirepass', PASSWORD, '--save', '', '--appendonly', 'no', ...extra];
}

// These tests talk to real servers on 127.0.0.1, which the egress policy refuses unless allowed.
allowLoopbackEgress();

describe.skipIf(noRedis)(plainTitle, () => {
  let server: RunningServer;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    server = await spawnServer('redis-server', redisArgs(port), { ready: () => tcpOpen(port) });
    // An ACL user that may only PING, to check username/password auth.
    const admin = new Redis({ port, host: '127.0.0.1', password: PASSWORD, lazyConnect: true });
    await admin.connect();
    await admin.call('ACL', 'SETUSER', 'app', 'on', '>app-user-pw', '+ping', '+hello', '+auth');
    admin.disconnect();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('connects with the password, answers PING and reports latency and version', async () => {
    const result = await testRedisEndpoint(`redis://127.0.0.1:${port}`, { password: PASSWORD }, opts);
    expect(result).toMatchObject({ ok: true, credentials: 'verified', endpoint: `redis://127.0.0.1:${port}` });
    expect(result.latencyMs).toBeGreaterThan(0);
    expect(result.serverVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.error).toBeUndefined();
  });

  it('takes a password written in the URL and never shows it', async () => {
    const result = await testRedisEndpoint(`redis://:${PASSWORD}@127.0.0.1:${port}`, undefined, opts);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });

  it('authenticates an ACL user with username and password; INFO refused leaves the version unknown', async () => {
    const result = await testRedisEndpoint(`127.0.0.1:${port}`, { username: 'app', password: 'app-user-pw' }, opts);
    expect(result.ok).toBe(true);
    expect(result.serverVersion).toBeUndefined();
  });

  it('reports WRONGPASS for a wrong password, without echoing it', async () => {
    const result = await testRedisEndpoint(`redis://127.0.0.1:${port}`, { password: 'not-the-password' }, opts);
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ kind: 'auth', code: 'WRONGPASS' });
    expect(result.error?.message).toMatch(/^WRONGPASS/);
    expect(JSON.stringify(result)).not.toContain('not-the-password');
  });

  it('reports WRONGPASS for a wrong ACL user password', async () => {
    const result = await testRedisEndpoint(`redis://127.0.0.1:${port}`, { username: 'app', password: 'nope-nope' }, opts);
    expect(result.error).toMatchObject({ kind: 'auth', code: 'WRONGPASS' });
  });

  it('reports NOAUTH when the server needs a password and none is configured', async () => {
    const result = await testRedisEndpoint(`redis://127.0.0.1:${port}`, undefined, opts);
    expect(result.error).toMatchObject({ kind: 'auth', code: 'NOAUTH' });
  });

  it('reports ECONNREFUSED for a closed port', async () => {
    const closed = await closedPort();
    const result = await testRedisEndpoint(`redis://127.0.0.1:${closed}`, { password: PASSWORD }, opts);
    expect(result.error).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
    expect(result.error?.message).toContain(`127.0.0.1:${closed}`);
  });

  it('times out on a server that accepts and never answers', async () => {
    const silent = await startSilentServer();
    try {
      const result = await testRedisEndpoint(`redis://127.0.0.1:${silent.port}`, { password: PASSWORD }, { timeoutMs: 500 });
      expect(result.error).toMatchObject({ kind: 'timeout', code: 'ETIMEDOUT' });
      // The configured deadline is what gave up (its own message names it), after waiting it out.
      expect(result.error?.message).toMatch(/did not answer within 500 ms$/);
      expect(result.latencyMs).toBeGreaterThanOrEqual(490);
    } finally {
      await silent.close();
    }
  });

  it('rejects an endpoint that is not a redis URL', async () => {
    const result = await testRedisEndpoint('http://127.0.0.1:80', undefined, opts);
    expect(result.error?.kind).toBe('invalid-endpoint');
  });
});

describe.skipIf(noTls)(tlsTitle, () => {
  let server: RunningServer;
  let port: number;
  let cert: SelfSignedCert;
  let dir: string;

  beforeAll(async () => {
    cert = makeSelfSignedCert();
    dir = mkdtempSync(path.join(tmpdir(), 'redis-tls-'));
    writeFileSync(path.join(dir, 'cert.pem'), cert.cert);
    writeFileSync(path.join(dir, 'key.pem'), cert.key);
    port = await freePort();
    const tls = ['--tls-port', String(port), '--tls-cert-file', path.join(dir, 'cert.pem'),
      '--tls-key-file', path.join(dir, 'key.pem'), '--tls-auth-clients', 'no'];
    server = await spawnServer('redis-server', [...redisArgs(0), ...tls], { ready: () => tcpOpen(port) });
  });
  afterAll(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fails the handshake against a self-signed certificate by default', async () => {
    const result = await testRedisEndpoint(`rediss://127.0.0.1:${port}`, { password: PASSWORD }, opts);
    expect(result.error).toMatchObject({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  it('connects when the certificate is trusted as a CA', async () => {
    const result = await testRedisEndpoint(`rediss://127.0.0.1:${port}`, { password: PASSWORD }, { ...opts, tls: { ca: cert.cert } });
    expect(result.ok).toBe(true);
  });

  it('connects when verification is turned off', async () => {
    const result = await testRedisEndpoint(`redis://127.0.0.1:${port}`, { password: PASSWORD }, { ...opts, tls: { rejectUnauthorized: false } });
    expect(result.ok).toBe(true);
  });
});
