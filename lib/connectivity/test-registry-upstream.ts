// "Test connection" for a registry upstream. Up to three requests, each with the upstream's
// auth, TLS settings and timeout, and each recorded in `checks` so the UI can say exactly
// what was verified:
//   ping      GET <url>/-/ping: an npm-style registry answers 200 with a JSON object.
//   whoami    GET <url>/-/whoami, only when credentials are configured: 200 with a `username`
//             proves them; 200 without one means the registry treated us as anonymous.
//   packument GET <url>/<package>, only when a package name is given: 200 with `versions`
//             and `dist-tags` objects is an npm packument.
import type { RegistryUpstream } from '@/schemas';
import { describeError, timeoutError } from './describe-error';
import { httpRequest, type HttpAnswer } from './http-request';
import { displayEndpoint } from './redact-secrets';
import { packumentVerdict, pingVerdict, whoamiVerdict } from './registry-verdicts';
import { tlsFromPem } from './tls-from-pem';
import type { ConnectivityError, TlsSettings } from './types';
import { since } from './with-deadline';

export interface RegistryCheck {
  name: 'ping' | 'whoami' | 'packument';
  /** The request made, with the upstream URL's own path, e.g. "GET /api/npm/-/ping". */
  request: string;
  status?: number;
  latencyMs: number;
  /** true: the check passed; false: it failed; null: the registry does not support it. */
  passed: boolean | null;
  /** What the answer showed, in one sentence. */
  detail: string;
}

export interface RegistryUpstreamTestResult {
  /** The upstream URL, without any password in it. */
  url: string;
  ok: boolean;
  /** HTTP status of GET /-/ping, when it answered. */
  status?: number;
  /** Time to the answer of GET /-/ping, connection and TLS setup included. */
  latencyMs: number;
  /** Whether an answer had the shape of an npm registry; `npmEvidence` names the check. */
  npmLike: boolean;
  npmEvidence?: string;
  /** The user the registry recognised, from /-/whoami. */
  authenticatedAs?: string;
  checks: RegistryCheck[];
  error?: ConnectivityError;
}

export interface TestRegistryUpstreamOptions {
  /** A package to fetch as proof of an npm registry (and of read access), e.g. "lodash". */
  probePackage?: string;
  /** Overrides the upstream's own `timeout` (ms), per request. */
  timeoutMs?: number;
}

type Auth = NonNullable<RegistryUpstream['auth']>;

/** The Authorization header of each auth type; an API key travels as a bearer token, as npm tokens do. */
function authHeaders(auth: Auth | undefined): Record<string, string> {
  switch (auth?.type) {
    case 'basic':
      return { authorization: `Basic ${Buffer.from(`${auth.username ?? ''}:${auth.password ?? ''}`).toString('base64')}` };
    case 'bearer':
    case 'oauth2':
      return auth.token ? { authorization: `Bearer ${auth.token}` } : {};
    case 'api-key':
      return auth.apiKey ? { authorization: `Bearer ${auth.apiKey}` } : {};
    default:
      return {};
  }
}

function upstreamTls(upstream: RegistryUpstream): TlsSettings {
  return {
    ...tlsFromPem(upstream.tls?.certificate, upstream.tls?.privateKey),
    rejectUnauthorized: upstream.tls?.verifyCertificate ?? true,
  };
}

/** "@scope/name" is requested as "@scope%2fname", the way the npm client does. */
function packagePath(name: string): string {
  return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}

export async function testRegistryUpstream(
  upstream: RegistryUpstream,
  opts: TestRegistryUpstreamOptions = {},
): Promise<RegistryUpstreamTestResult> {
  const auth = upstream.auth;
  const secrets = [auth?.password, auth?.token, auth?.apiKey, upstream.tls?.privateKey];
  const timeoutMs = opts.timeoutMs ?? upstream.timeout;
  const base = new URL(upstream.url.endsWith('/') ? upstream.url : `${upstream.url}/`);
  base.username = '';
  base.password = '';
  const headers = authHeaders(auth);
  const tls = upstreamTls(upstream);
  const checks: RegistryCheck[] = [];
  const result: RegistryUpstreamTestResult = { url: displayEndpoint(upstream.url), ok: false, latencyMs: 0, npmLike: false, checks };

  /** One request; a network failure ends the whole test with its exact error. */
  const get = async (name: RegistryCheck['name'], path: string): Promise<{ answer?: HttpAnswer; latencyMs: number; request: string }> => {
    const url = new URL(path, base);
    const request = `GET ${url.pathname}`;
    const start = performance.now();
    try {
      return { answer: await httpRequest(url, { headers, timeoutMs, tls }), latencyMs: since(start), request };
    } catch (err) {
      const error = describeError(err, secrets);
      result.error = error.code === 'ETIMEDOUT' ? timeoutError(`${request} on ${base.host}`, timeoutMs) : error;
      checks.push({ name, request, latencyMs: since(start), passed: false, detail: result.error.message });
      return { latencyMs: since(start), request };
    }
  };
  const fail = (error: ConnectivityError) => {
    result.error ??= error;
    return result;
  };

  // 1. ping
  const ping = await get('ping', '-/ping');
  result.latencyMs = ping.latencyMs;
  if (!ping.answer) return result;
  result.status = ping.answer.status;
  const pingCheck = pingVerdict(ping.answer, ping.request);
  checks.push({ name: 'ping', request: ping.request, status: ping.answer.status, latencyMs: ping.latencyMs, ...pingCheck.check });
  if (pingCheck.check.passed) {
    result.npmLike = true;
    result.npmEvidence = `${ping.request} answered ${ping.answer.status} with a JSON object`;
  }
  if (pingCheck.error && !(pingCheck.error.code === 'HTTP_404' && opts.probePackage)) return fail(pingCheck.error);

  // 2. whoami, only when there are credentials to prove
  if (auth && auth.type !== 'none') {
    const who = await get('whoami', '-/whoami');
    if (!who.answer) return result;
    const verdict = whoamiVerdict(who.answer, who.request);
    checks.push({ name: 'whoami', request: who.request, status: who.answer.status, latencyMs: who.latencyMs, ...verdict.check });
    if (verdict.username) result.authenticatedAs = verdict.username;
    if (verdict.error) return fail(verdict.error);
  }

  // 3. packument, only when a package to probe is named
  if (opts.probePackage) {
    const pkg = await get('packument', packagePath(opts.probePackage));
    if (!pkg.answer) return result;
    const verdict = packumentVerdict(pkg.answer, pkg.request, opts.probePackage);
    checks.push({ name: 'packument', request: pkg.request, status: pkg.answer.status, latencyMs: pkg.latencyMs, ...verdict.check });
    if (verdict.check.passed) {
      result.npmLike = true;
      result.npmEvidence ??= `${pkg.request} answered a packument with versions and dist-tags`;
    }
    if (verdict.error) return fail(verdict.error);
    if (pingCheck.error && !result.npmLike) return fail(pingCheck.error);
  }

  result.ok = result.error === undefined && result.npmLike;
  return result;
}
