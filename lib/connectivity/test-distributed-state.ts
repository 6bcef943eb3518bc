// "Test connection" for a whole distributed-state config: every endpoint of a redis or etcd
// store is tested, a few at a time. A custom provider is opaque to the console.
import type { DistributedStateConfig } from '@/schemas';
import { mapBounded } from './map-bounded';
import { tlsFromPem } from './tls-from-pem';
import { testEtcdEndpoint } from './test-etcd-endpoint';
import { testRedisEndpoint } from './test-redis-endpoint';
import type { ConnectivityError, EndpointTestResult } from './types';

export interface DistributedStateTestResult {
  provider: DistributedStateConfig['provider'];
  /** true when every endpoint answered and accepted the credentials. */
  ok: boolean;
  endpoints: EndpointTestResult[];
  /** Set when nothing could be tested at all (custom provider, no endpoints). */
  error?: ConnectivityError;
}

export interface TestDistributedStateOptions {
  /** Per endpoint (ms). */
  timeoutMs?: number;
  /** Endpoints tested at the same time. */
  concurrency?: number;
}

export const DEFAULT_STORE_TIMEOUT_MS = 5000;
const DEFAULT_CONCURRENCY = 4;
const SECURE_SCHEME = /^(rediss|https):\/\//i;

export async function testDistributedState(
  config: DistributedStateConfig,
  opts: TestDistributedStateOptions = {},
): Promise<DistributedStateTestResult> {
  const { provider } = config;
  if (provider === 'custom') {
    return {
      provider,
      ok: false,
      endpoints: [],
      error: {
        kind: 'unsupported',
        code: 'CUSTOM_PROVIDER',
        message: 'cannot test a custom provider: the console does not know its protocol; test it from the plugin itself',
      },
    };
  }
  const endpoints = (config.endpoints ?? []).map((e) => e.trim()).filter(Boolean);
  if (endpoints.length === 0) {
    return { provider, ok: false, endpoints: [], error: { kind: 'invalid-endpoint', code: 'NO_ENDPOINTS', message: `no ${provider} endpoints are configured` } };
  }
  const test = provider === 'redis' ? testRedisEndpoint : testEtcdEndpoint;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  const tls = tlsFromPem(config.auth?.certificate);
  // The scheme decides whether TLS is used; the certificate only configures it.
  const results = await mapBounded(endpoints, opts.concurrency ?? DEFAULT_CONCURRENCY, (endpoint) =>
    test(endpoint, config.auth, { timeoutMs, tls: SECURE_SCHEME.test(endpoint) ? tls : undefined }),
  );
  return { provider, ok: results.every((r) => r.ok), endpoints: results };
}
