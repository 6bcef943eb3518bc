// Connection tests under the egress policy: a refused host gets one verdict, "blocked by the
// egress policy", whether its port is open, closed, silent or not HTTP, so the verdicts cannot
// be used to scan ports. With the host allowed, the usual verdicts come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../env';
import { allowLoopbackEgress } from '../egress/testing/allow-loopback';
import { testRegistryUpstream } from './test-registry-upstream';
import { testDistributedState } from './test-distributed-state';
import { RegistryUpstreamSchema, DistributedStateConfigSchema } from '@/schemas';
import { closedPort } from './testing/free-port';
import { startHtmlServer } from './testing/html-server';
import { startSilentServer } from './testing/silent-server';

let html: Awaited<ReturnType<typeof startHtmlServer>>;
let silent: Awaited<ReturnType<typeof startSilentServer>>;
let closed = 0;
beforeAll(async () => {
  html = await startHtmlServer();
  silent = await startSilentServer();
  closed = await closedPort();
});
afterAll(async () => {
  await Promise.all([html.close(), silent.close()]);
});

const upstream = (url: string) => RegistryUpstreamSchema.parse({ url, timeout: 1000 });
const store = (provider: 'redis' | 'etcd', endpoints: string[]) => DistributedStateConfigSchema.parse({ provider, endpoints, auth: { password: 'store-secret-pw' } });

describe('without CONSOLE_EGRESS_ALLOW', () => {
  beforeAll(() => {
    delete process.env.CONSOLE_EGRESS_ALLOW;
    resetEnvForTests();
  });

  it('gives a registry test on loopback the same blocked verdict for open, closed and silent ports', async () => {
    const results = await Promise.all([html.port, closed, silent.port].map((port) => testRegistryUpstream(upstream(`http://127.0.0.1:${port}`))));
    const errors = results.map((r) => r.error);
    expect(errors[0]).toEqual({ kind: 'blocked', code: 'EGRESS_BLOCKED', message: expect.stringContaining('127.0.0.1 is blocked by the egress policy') });
    expect(errors[1]).toEqual(errors[0]);
    expect(errors[2]).toEqual(errors[0]);
    for (const r of results) expect(r.error?.message).not.toMatch(new RegExp(`${html.port}|${closed}|${silent.port}`));
  });

  it('refuses the metadata address and [::1] for every kind of connection test', async () => {
    const registry = await testRegistryUpstream(upstream('http://169.254.169.254/latest'));
    expect(registry.error).toMatchObject({ kind: 'blocked', message: expect.stringContaining('never reached') });
    for (const provider of ['redis', 'etcd'] as const) {
      const scheme = provider === 'redis' ? 'redis' : 'http';
      const result = await testDistributedState(store(provider, [`${scheme}://169.254.169.254:6379`, `${scheme}://[::1]:${closed}`, `${scheme}://127.0.0.1:${html.port}`]));
      expect(result.ok).toBe(false);
      expect(result.endpoints.map((e) => e.error?.kind)).toEqual(['blocked', 'blocked', 'blocked']);
      expect(result.endpoints[1].error).toEqual({ ...result.endpoints[2].error, message: result.endpoints[2].error!.message.replace('127.0.0.1', '::1') });
    }
  });
});

describe('with CONSOLE_EGRESS_ALLOW=127.0.0.1,::1,localhost', () => {
  allowLoopbackEgress();

  it('tests the allowed listeners as before: not a registry, refused', async () => {
    const open = await testRegistryUpstream(upstream(`http://127.0.0.1:${html.port}`));
    expect(open.error?.code).toBe('NOT_NPM_REGISTRY');
    const shut = await testRegistryUpstream(upstream(`http://127.0.0.1:${closed}`));
    expect(shut.error?.kind).toBe('refused');
  });

  it('still refuses the metadata address', async () => {
    const registry = await testRegistryUpstream(upstream('http://169.254.169.254/'));
    expect(registry.error?.kind).toBe('blocked');
  });
});
