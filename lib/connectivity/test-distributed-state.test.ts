// A whole store config against a real redis-server: per-endpoint results, in order.
import { allowLoopbackEgress } from '@/lib/egress/testing/allow-loopback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DistributedStateConfigSchema } from '@/schemas';
import { testDistributedState } from './test-distributed-state';
import { closedPort, freePort } from './testing/free-port';
import { needs } from './testing/has-binary';
import { spawnServer, type RunningServer } from './testing/spawn-server';
import { tcpOpen } from './testing/tcp-open';

const config = (input: unknown) => DistributedStateConfigSchema.parse(input);

// These tests talk to real servers on 127.0.0.1, which the egress policy refuses unless allowed.
allowLoopbackEgress();

describe('testDistributedState without a server', () => {
  it('refuses to test a custom provider, clearly', async () => {
    const result = await testDistributedState(config({ provider: 'custom', endpoints: ['x://y'] }));
    expect(result).toMatchObject({ ok: false, endpoints: [], error: { kind: 'unsupported', code: 'CUSTOM_PROVIDER' } });
    expect(result.error?.message).toMatch(/^cannot test a custom provider/);
  });

  it('says when no endpoint is configured', async () => {
    const result = await testDistributedState(config({ provider: 'redis', endpoints: ['  '] }));
    expect(result.error).toMatchObject({ code: 'NO_ENDPOINTS' });
  });

  it('tests etcd endpoints with the etcd check', async () => {
    const port = await closedPort();
    const result = await testDistributedState(config({ provider: 'etcd', endpoints: [`http://127.0.0.1:${port}`] }), { timeoutMs: 1000 });
    expect(result.endpoints[0].error).toMatchObject({ code: 'ECONNREFUSED' });
  });
});

const [title, noRedis] = needs('testDistributedState (real redis-server)', { 'redis-server': 'redis-server' });

describe.skipIf(noRedis)(title, () => {
  let server: RunningServer;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    server = await spawnServer('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--requirepass', 'state-pw', '--save', '', '--appendonly', 'no'], {
      ready: () => tcpOpen(port),
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('tests every endpoint and keeps their order', async () => {
    const closed = await closedPort();
    const endpoints = [`redis://127.0.0.1:${port}`, `redis://127.0.0.1:${closed}`, `127.0.0.1:${port}`];
    const result = await testDistributedState(config({ provider: 'redis', endpoints, auth: { password: 'state-pw' } }), { concurrency: 2 });
    expect(result.ok).toBe(false);
    expect(result.endpoints.map((e) => [e.endpoint, e.ok])).toEqual([[endpoints[0], true], [endpoints[1], false], [endpoints[2], true]]);
    expect(result.endpoints[1].error?.code).toBe('ECONNREFUSED');
  });

  it('is ok when every endpoint answers', async () => {
    const result = await testDistributedState(config({ provider: 'redis', endpoints: [`redis://127.0.0.1:${port}`], auth: { password: 'state-pw' } }));
    expect(result).toMatchObject({ ok: true, provider: 'redis' });
  });
});
