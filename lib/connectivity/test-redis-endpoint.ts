// "Test connection" for one Redis endpoint: connect once with the configured credentials and
// TLS, PING, read the server version, disconnect. No retries, so a failure shows at once.
import { rootCertificates } from 'node:tls';
import Redis, { type RedisOptions } from 'ioredis';
import type { DistributedStateConfig } from '@/schemas';
import { resolveEgressTarget, type CheckedTarget } from '../egress';
import { describeError, timeoutError } from './describe-error';
import { displayEndpoint } from './redact-secrets';
import type { EndpointTestOptions, EndpointTestResult, TlsSettings } from './types';
import { DeadlineExceeded, since, withDeadline } from './with-deadline';

const DEFAULT_PORT = 6379;

interface Target {
  host: string;
  port: number;
  db: number;
  tls: boolean;
  username?: string;
  password?: string;
}

function parseRedisUrl(endpoint: string): Target {
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `redis://${endpoint}`);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw Object.assign(new Error(`expected a redis:// or rediss:// URL, got ${url.protocol}//`), {
      code: 'ERR_INVALID_URL',
    });
  }
  const db = Number.parseInt(url.pathname.slice(1), 10);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : DEFAULT_PORT,
    db: Number.isNaN(db) ? 0 : db,
    tls: url.protocol === 'rediss:',
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
  };
}

function tlsOptions(target: Target, opt: EndpointTestOptions['tls']): RedisOptions['tls'] {
  if (!target.tls && !opt) return undefined;
  const extra: TlsSettings = typeof opt === 'object' ? opt : {};
  const isIp = /^[\d.]+$|:/.test(target.host);
  return {
    ...(isIp ? {} : { servername: target.host }),
    rejectUnauthorized: extra.rejectUnauthorized ?? true,
    ...(extra.ca ? { ca: [...rootCertificates, extra.ca] } : {}),
    ...(extra.cert ? { cert: extra.cert, key: extra.key } : {}),
  };
}

export async function testRedisEndpoint(
  endpoint: string,
  auth: DistributedStateConfig['auth'] | undefined,
  opts: EndpointTestOptions,
): Promise<EndpointTestResult> {
  const shown = displayEndpoint(endpoint);
  const start = performance.now();
  let target: Target;
  try {
    target = parseRedisUrl(endpoint);
  } catch (err) {
    return { endpoint: shown, ok: false, latencyMs: 0, error: { ...describeError(err), kind: 'invalid-endpoint' } };
  }
  // The configured credentials win over any written into the URL.
  const username = auth?.username || target.username;
  const password = auth?.password || target.password;
  const secrets = [password, auth?.token, auth?.certificate, target.password];
  let checked: CheckedTarget;
  try {
    checked = await resolveEgressTarget(target.host);
  } catch (err) {
    return { endpoint: shown, ok: false, latencyMs: since(start), error: describeError(err, secrets) };
  }

  // Connect to the checked address; TLS still names (and verifies) the host.
  const client = new Redis({
    host: checked.address,
    port: target.port,
    db: target.db,
    username,
    password,
    tls: tlsOptions(target, opts.tls),
    lazyConnect: true,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    reconnectOnError: null,
    autoResubscribe: false,
    enableReadyCheck: false, // PING below is the check; INFO may be refused by an ACL
    connectTimeout: opts.timeoutMs,
    commandTimeout: opts.timeoutMs,
  });
  // The client reports the real cause (WRONGPASS, ECONNREFUSED) as an event; connect() itself
  // only rejects with "Connection is closed.".
  let cause: unknown;
  client.on('error', (err: unknown) => {
    cause ??= err;
  });

  try {
    const serverVersion = await withDeadline(
      (async () => {
        await client.connect();
        await client.ping();
        return readVersion(client);
      })(),
      opts.timeoutMs,
    );
    return {
      endpoint: shown,
      ok: true,
      latencyMs: since(start),
      ...(serverVersion ? { serverVersion } : {}),
      credentials: password ? 'verified' : 'not-checked',
    };
  } catch (err) {
    const latencyMs = since(start);
    const error =
      err instanceof DeadlineExceeded && cause === undefined
        ? timeoutError(`The Redis server at ${target.host}:${target.port}`, opts.timeoutMs)
        : describeError(cause ?? err, secrets);
    return { endpoint: shown, ok: false, latencyMs, error };
  } finally {
    client.disconnect();
  }
}

/** INFO may be refused by an ACL that allows PING; the version is then simply unknown. */
async function readVersion(client: Redis): Promise<string | undefined> {
  try {
    return /redis_version:(\S+)/.exec(await client.info('server'))?.[1];
  } catch {
    return undefined;
  }
}
