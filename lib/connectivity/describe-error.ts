// Turns whatever a socket, TLS or Redis client threw into a ConnectivityError: the exact code
// and message are kept (that is what an operator searches for), secrets are removed.
import type { ConnectivityError, ConnectivityErrorKind } from './types';
import { redactSecrets } from './redact-secrets';

const KIND_BY_CODE: Record<string, ConnectivityErrorKind> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  WRONGPASS: 'auth',
  NOAUTH: 'auth',
  NOPERM: 'auth',
  ERR_INVALID_URL: 'invalid-endpoint',
  EGRESS_BLOCKED: 'blocked',
};

/** Certificate and handshake failures carry OpenSSL-style codes rather than errno names. */
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_|SSL|TLS|EPROTO|HOSTNAME|ALTNAME/;

function codeOf(err: unknown): string {
  const e = err as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && e.code) return e.code;
  // Redis replies name their error in the first word: "WRONGPASS invalid username-password…".
  const message = typeof e?.message === 'string' ? e.message : '';
  const first = /^([A-Z][A-Z_]+)\b/.exec(message)?.[1];
  if (e?.name === 'ReplyError' && first) return first;
  return 'UNKNOWN';
}

export function describeError(err: unknown, secrets: readonly (string | undefined)[] = []): ConnectivityError {
  const code = codeOf(err);
  const raw = err instanceof Error ? err.message : String(err);
  const kind = KIND_BY_CODE[code] ?? (TLS_CODE.test(code) ? 'tls' : 'network');
  return { kind, code, message: redactSecrets(raw || code, secrets) };
}

export function timeoutError(what: string, timeoutMs: number): ConnectivityError {
  return { kind: 'timeout', code: 'ETIMEDOUT', message: `${what} did not answer within ${timeoutMs} ms` };
}
