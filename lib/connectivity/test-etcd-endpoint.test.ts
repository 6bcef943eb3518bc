// Against a real etcd started on free 127.0.0.1 ports; authentication is switched on halfway.
import { allowLoopbackEgress } from '@/lib/egress/testing/allow-loopback';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEtcdEndpoint } from './test-etcd-endpoint';
import { closedPort, freePort } from './testing/free-port';
import { needs } from './testing/has-binary';
import { startHtmlServer } from './testing/html-server';
import { startSilentServer } from './testing/silent-server';
import { spawnServer, type RunningServer } from './testing/spawn-server';

const [title, noEtcd] = needs('testEtcdEndpoint (real etcd)', { etcd: 'etcd-server' });
const ROOT_PASSWORD = 'etcd-root-pw';
const opts = { timeoutMs: 2000 };

async function etcdPost(url: string, path: string, body: unknown, token?: string) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: token ? { authorization: token } : {},
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${path}: ${JSON.stringify(json)}`);
  return json;
}

// These tests talk to real servers on 127.0.0.1, which the egress policy refuses unless allowed.
allowLoopbackEgress();

describe.skipIf(noEtcd)(title, () => {
  let server: RunningServer;
  let url: string;
  let dataDir: string;

  beforeAll(async () => {
    const [client, peer] = [await freePort(), await freePort()];
    url = `http://127.0.0.1:${client}`;
    const peerUrl = `http://127.0.0.1:${peer}`;
    dataDir = mkdtempSync(path.join(tmpdir(), 'etcd-'));
    server = await spawnServer(
      'etcd',
      ['--name', 'test', '--data-dir', dataDir, '--listen-client-urls', url, '--advertise-client-urls', url,
        '--listen-peer-urls', peerUrl, '--initial-advertise-peer-urls', peerUrl, '--initial-cluster', `test=${peerUrl}`],
      { ready: async () => (await fetch(`${url}/health`)).ok },
    );
  });
  afterAll(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports health "true", the server version and the latency', async () => {
    const result = await testEtcdEndpoint(url, undefined, opts);
    expect(result).toMatchObject({ ok: true, health: 'true', credentials: 'not-checked' });
    expect(result.serverVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.latencyMs).toBeGreaterThan(0);
  });

  it('accepts an endpoint without a scheme', async () => {
    const result = await testEtcdEndpoint(url.replace('http://', ''), undefined, opts);
    expect(result.ok).toBe(true);
  });

  it('says when credentials are given but authentication is off', async () => {
    const result = await testEtcdEndpoint(url, { username: 'root', password: ROOT_PASSWORD }, opts);
    expect(result).toMatchObject({ ok: true, credentials: 'not-enabled' });
  });

  it('reports ECONNREFUSED for a closed port', async () => {
    const result = await testEtcdEndpoint(`http://127.0.0.1:${await closedPort()}`, undefined, opts);
    expect(result.error).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
  });

  it('times out on a server that accepts and never answers', async () => {
    const silent = await startSilentServer();
    try {
      const result = await testEtcdEndpoint(`http://127.0.0.1:${silent.port}`, undefined, { timeoutMs: 500 });
      expect(result.error).toMatchObject({ kind: 'timeout', code: 'ETIMEDOUT' });
      // The configured deadline is what gave up (its own message names it), after waiting it out.
      expect(result.error?.message).toMatch(/did not answer within 500 ms$/);
      expect(result.latencyMs).toBeGreaterThanOrEqual(490);
    } finally {
      await silent.close();
    }
  });

  it('says when the URL answers but is not etcd', async () => {
    const html = await startHtmlServer();
    try {
      const result = await testEtcdEndpoint(`http://127.0.0.1:${html.port}`, undefined, opts);
      expect(result.error).toMatchObject({ kind: 'protocol', code: 'NOT_ETCD' });
    } finally {
      await html.close();
    }
  });

  describe('with authentication enabled', () => {
    let token: string;

    beforeAll(async () => {
      await etcdPost(url, '/v3/auth/user/add', { name: 'root', password: ROOT_PASSWORD });
      await etcdPost(url, '/v3/auth/user/grant', { user: 'root', role: 'root' });
      await etcdPost(url, '/v3/auth/enable', {});
      token = String((await etcdPost(url, '/v3/auth/authenticate', { name: 'root', password: ROOT_PASSWORD })).token);
    });

    it('verifies a correct username and password', async () => {
      const result = await testEtcdEndpoint(url, { username: 'root', password: ROOT_PASSWORD }, opts);
      expect(result).toMatchObject({ ok: true, credentials: 'verified', health: 'true' });
    });

    it('reports the exact etcd error for a wrong password, without echoing it', async () => {
      const result = await testEtcdEndpoint(url, { username: 'root', password: 'wrong-etcd-pw' }, opts);
      expect(result.ok).toBe(false);
      expect(result.health).toBe('true');
      expect(result.error).toMatchObject({ kind: 'auth', code: 'ETCD_AUTH_FAILED' });
      expect(result.error?.message).toContain('authentication failed');
      expect(JSON.stringify(result)).not.toContain('wrong-etcd-pw');
    });

    it('verifies a valid token and rejects a bogus one', async () => {
      expect(await testEtcdEndpoint(url, { token }, opts)).toMatchObject({ ok: true, credentials: 'verified' });
      const bogus = await testEtcdEndpoint(url, { token: 'bogus-token-value' }, opts);
      expect(bogus.error).toMatchObject({ kind: 'auth', code: 'ETCD_AUTH_FAILED' });
      expect(bogus.error?.message).toContain('invalid auth token');
    });
  });
});
