// One HTTP(S) request for the connectivity checks, on node:http so TLS can be set per request
// (trusted CA, client certificate, verification off) without touching global fetch settings.
// No connection reuse, no redirects: the check reports exactly what the first answer was.
// The host is checked by the egress policy first and the socket goes to the checked address.
import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { pinnedLookup, resolveEgressTarget } from '../egress';
import type { TlsSettings } from './types';

export interface HttpRequestOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  tls?: TlsSettings;
  /** Longer bodies are cut: a packument can be megabytes and only its top keys matter. */
  maxBodyBytes?: number;
}

export interface HttpAnswer {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
  /** true when the body was cut at maxBodyBytes. */
  truncated: boolean;
}

const DEFAULT_MAX_BODY = 1024 * 1024;

export async function httpRequest(url: URL, opts: HttpRequestOptions): Promise<HttpAnswer> {
  const target = await resolveEgressTarget(url.hostname);
  return send(url, opts, pinnedLookup(target));
}

function send(url: URL, opts: HttpRequestOptions, lookup: ReturnType<typeof pinnedLookup>): Promise<HttpAnswer> {
  const secure = url.protocol === 'https:';
  const transport = secure ? https : http;
  const max = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, {
      method: opts.method ?? 'GET',
      headers: { accept: 'application/json', 'user-agent': 'objectstack-console-connectivity-check', ...opts.headers },
      agent: false,
      lookup: lookup as never,
      ...(secure ? tlsOptions(opts.tls) : {}),
    });
    // One timer for the whole exchange: connect, TLS, headers and body.
    const timer = setTimeout(() => {
      req.destroy(Object.assign(new Error(`no answer from ${url.host} within ${opts.timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    }, opts.timeoutMs);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      const finish = () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
          truncated,
        });
      };
      res.on('data', (chunk: Buffer) => {
        if (truncated) return;
        size += chunk.length;
        chunks.push(chunk);
        if (size > max) {
          truncated = true;
          finish();
          res.destroy();
        }
      });
      res.on('end', () => !truncated && finish());
      res.on('error', (err) => !truncated && reject(err));
    });
    req.end(opts.body);
  });
}

function tlsOptions(tls: TlsSettings | undefined): https.RequestOptions {
  return {
    rejectUnauthorized: tls?.rejectUnauthorized ?? true,
    // A custom CA is trusted in addition to the public ones, not instead of them.
    ...(tls?.ca ? { ca: [...rootCertificates, tls.ca] } : {}),
    ...(tls?.cert ? { cert: tls.cert, key: tls.key } : {}),
  };
}

/** The JSON body as an object, or undefined when it is not a JSON object. */
export function jsonObject(answer: HttpAnswer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(answer.body);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
