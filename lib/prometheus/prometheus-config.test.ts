// The store's settings from the environment, and the pure rules of reading it: auth headers,
// env validation at its edges, the range vector of an expression, bucket width and backoff.
import { afterEach, describe, expect, it } from 'vitest';
import { env, resetEnvForTests } from '../env';
import { retryDelayMs } from './poll-position';
import { pollEnd } from './poll-series';
import { prometheusConfig } from './prometheus-config';
import { promBucketMs, rangeOf } from './read-series';

const KEYS = ['CONSOLE_PROMETHEUS_URL', 'CONSOLE_PROMETHEUS_BEARER_TOKEN', 'CONSOLE_PROMETHEUS_USERNAME', 'CONSOLE_PROMETHEUS_PASSWORD', 'CONSOLE_PROMETHEUS_TIMEOUT_MS'];

function withEnv(vars: Record<string, string>) {
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, vars);
  resetEnvForTests();
}

afterEach(() => withEnv({}));

describe('prometheusConfig', () => {
  it('is null without CONSOLE_PROMETHEUS_URL', () => {
    withEnv({});
    expect(prometheusConfig()).toBeNull();
  });

  it('sends a bearer token, or basic auth, and drops a trailing slash', () => {
    withEnv({ CONSOLE_PROMETHEUS_URL: 'https://mimir.example/prometheus/', CONSOLE_PROMETHEUS_BEARER_TOKEN: 'tok' });
    expect(prometheusConfig()).toMatchObject({ url: 'https://mimir.example/prometheus', headers: { authorization: 'Bearer tok' }, timeoutMs: 10_000 });
    withEnv({ CONSOLE_PROMETHEUS_URL: 'http://prom:9090', CONSOLE_PROMETHEUS_USERNAME: 'u', CONSOLE_PROMETHEUS_PASSWORD: 'p' });
    expect(prometheusConfig()?.headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });

  it('refuses both kinds of auth, a password without a user, a non-http URL and a timeout out of bounds', () => {
    const refused = (vars: Record<string, string>) => {
      withEnv(vars);
      return () => env();
    };
    expect(refused({ CONSOLE_PROMETHEUS_URL: 'http://p:9090', CONSOLE_PROMETHEUS_BEARER_TOKEN: 't', CONSOLE_PROMETHEUS_USERNAME: 'u' })).toThrow(/CONSOLE_PROMETHEUS_BEARER_TOKEN: Set either/);
    expect(refused({ CONSOLE_PROMETHEUS_PASSWORD: 'p' })).toThrow(/CONSOLE_PROMETHEUS_USERNAME: CONSOLE_PROMETHEUS_PASSWORD needs/);
    expect(refused({ CONSOLE_PROMETHEUS_URL: 'ftp://p' })).toThrow(/must be an http or https URL/);
    expect(refused({ CONSOLE_PROMETHEUS_TIMEOUT_MS: '99' })).toThrow(/CONSOLE_PROMETHEUS_TIMEOUT_MS/);
    withEnv({ CONSOLE_PROMETHEUS_URL: 'http://p:9090', CONSOLE_PROMETHEUS_TIMEOUT_MS: '100' });
    expect(prometheusConfig()?.timeoutMs).toBe(100);
  });
});

describe('reading rules', () => {
  it('reads a plain selector raw and any other expression through a subquery at its step', () => {
    expect(rangeOf('up{job="a"}', 60_000, 15)).toBe('up{job="a"}[59999ms]');
    expect(rangeOf('{__name__="up"}', 60_000, 15)).toBe('{__name__="up"}[59999ms]');
    expect(rangeOf('rate(x[1m])', 60_000, 15)).toBe('(rate(x[1m]))[59999ms:15s]');
    expect(rangeOf('a + b', 60_000, 15)).toBe('(a + b)[59999ms:15s]');
    // 30 evaluations a bucket at most: 450 s buckets at the 15 s step, one more second coarser after.
    expect(rangeOf('a + b', 450_000, 15)).toBe('(a + b)[449999ms:15s]');
    expect(rangeOf('a + b', 451_000, 15)).toBe('(a + b)[450999ms:16s]');
  });

  it('makes about `width` buckets, never finer than the step', () => {
    expect(promBucketMs(30 * 86_400_000, 1000, 10)).toBe(2_592_000);
    expect(promBucketMs(3_600_000, 1000, 15)).toBe(15_000);
  });

  it('backs off from one step, doubling, to at most five minutes', () => {
    expect(retryDelayMs(1, 15_000)).toBe(15_000);
    expect(retryDelayMs(2, 15_000)).toBe(30_000);
    expect(retryDelayMs(5, 15_000)).toBe(240_000);
    expect(retryDelayMs(6, 15_000)).toBe(300_000);
    expect(retryDelayMs(1000, 15_000)).toBe(300_000);
  });

  it('polls up to the last step at least 15 s old', () => {
    expect(pollEnd(1_000_000, 10_000)).toBe(980_000);
    expect(pollEnd(1_000_000, 60_000)).toBe(900_000);
  });
});
