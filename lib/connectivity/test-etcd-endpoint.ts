// "Test connection" for one etcd endpoint: GET /health on the client URL (etcd's own health
// check), GET /version for the server version, then prove the credentials if any are given:
// username/password through POST /v3/auth/authenticate, a token through a one-key count read.
// /health itself ignores credentials, so without that step a wrong password would look fine.
import type { DistributedStateConfig } from '@/schemas';
import { describeError, timeoutError } from './describe-error';
import { httpRequest, jsonObject, type HttpAnswer } from './http-request';
import { displayEndpoint } from './redact-secrets';
import type { ConnectivityError, EndpointTestOptions, EndpointTestResult } from './types';
import { since } from './with-deadline';

type Auth = DistributedStateConfig['auth'];

function parseEtcdUrl(endpoint: string, forceTls: boolean): URL {
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `http://${endpoint}`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw Object.assign(new Error(`expected an http:// or https:// client URL, got ${url.protocol}//`), {
      code: 'ERR_INVALID_URL',
    });
  }
  if (forceTls) url.protocol = 'https:';
  url.username = '';
  url.password = '';
  return url;
}

/** Sent on /health for a proxy in front of etcd; etcd itself takes the raw token. */
function authHeaders(auth: Auth): Record<string, string> {
  if (auth?.token) return { authorization: auth.token };
  if (auth?.username && auth.password) {
    return { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` };
  }
  return {};
}

/** etcd's gRPC gateway answers errors as `{ error, message, code }`. */
function etcdMessage(answer: HttpAnswer): string {
  const body = jsonObject(answer);
  return typeof body?.message === 'string' ? body.message : `HTTP ${answer.status} ${answer.statusText}`.trim();
}

export async function testEtcdEndpoint(endpoint: string, auth: Auth | undefined, opts: EndpointTestOptions): Promise<EndpointTestResult> {
  const shown = displayEndpoint(endpoint);
  const secrets = [auth?.password, auth?.token, auth?.certificate];
  const start = performance.now();
  const remaining = () => Math.max(1, opts.timeoutMs - (performance.now() - start));
  const tls = typeof opts.tls === 'object' ? opts.tls : undefined;
  const fail = (error: ConnectivityError, extra: Partial<EndpointTestResult> = {}): EndpointTestResult => ({
    endpoint: shown,
    ok: false,
    latencyMs: since(start),
    ...extra,
    error,
  });

  let base: URL;
  try {
    base = parseEtcdUrl(endpoint, opts.tls !== undefined && opts.tls !== false);
  } catch (err) {
    return { endpoint: shown, ok: false, latencyMs: 0, error: { ...describeError(err), kind: 'invalid-endpoint' } };
  }
  const request = (path: string, init: { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> } = {}) =>
    httpRequest(new URL(path, base), {
      method: init.method,
      headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      timeoutMs: remaining(),
      tls,
    });

  let health: HttpAnswer;
  try {
    health = await request('/health', { headers: authHeaders(auth) });
  } catch (err) {
    const error = describeError(err, secrets);
    return fail(error.code === 'ETIMEDOUT' ? timeoutError(`The etcd server at ${base.host}`, opts.timeoutMs) : error);
  }
  const latencyMs = since(start);
  if (health.status === 401 || health.status === 403) {
    return fail({ kind: 'auth', code: `HTTP_${health.status}`, message: `authentication failed: GET /health answered ${health.status}` });
  }
  const healthField = jsonObject(health)?.health;
  if (typeof healthField !== 'string') {
    return fail({
      kind: health.status === 200 ? 'protocol' : 'http',
      code: health.status === 200 ? 'NOT_ETCD' : `HTTP_${health.status}`,
      message: `GET /health answered ${health.status} without an etcd "health" field: this is not an etcd client URL`,
    });
  }
  const serverVersion = await readVersion(request);
  const known = { latencyMs, health: healthField, ...(serverVersion ? { serverVersion } : {}) };
  if (healthField !== 'true') {
    const reason = jsonObject(health)?.reason;
    return fail(
      { kind: 'unhealthy', code: 'ETCD_UNHEALTHY', message: `etcd reports health=${healthField}${reason ? `: ${String(reason)}` : ''}` },
      known,
    );
  }

  const checked = await checkCredentials(request, auth).catch((err: unknown) => describeError(err, secrets));
  if (typeof checked !== 'string') return fail(checked, known);
  return { endpoint: shown, ok: true, ...known, credentials: checked };
}

type Request = (path: string, init?: { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> }) => Promise<HttpAnswer>;

async function readVersion(request: Request): Promise<string | undefined> {
  try {
    const version = jsonObject(await request('/version'))?.etcdserver;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

async function checkCredentials(request: Request, auth: Auth): Promise<NonNullable<EndpointTestResult['credentials']> | ConnectivityError> {
  if (auth?.username && auth.password) {
    const answer = await request('/v3/auth/authenticate', { method: 'POST', body: { name: auth.username, password: auth.password } });
    if (answer.status === 200) return 'verified';
    const message = etcdMessage(answer);
    if (/authentication is not enabled/i.test(message)) return 'not-enabled';
    return { kind: /authentication failed|invalid/i.test(message) ? 'auth' : 'http', code: 'ETCD_AUTH_FAILED', message };
  }
  if (auth?.token) {
    // A count-only read of one key: etcd checks the token before anything else.
    const key = Buffer.from('objectstack-console-connectivity-check').toString('base64');
    const answer = await request('/v3/kv/range', { method: 'POST', body: { key, count_only: true }, headers: { authorization: auth.token } });
    const message = answer.status === 200 ? '' : etcdMessage(answer);
    if (answer.status === 200 || /permission denied/i.test(message)) return 'verified';
    return { kind: /token|auth/i.test(message) ? 'auth' : 'http', code: 'ETCD_AUTH_FAILED', message };
  }
  return 'not-checked';
}
