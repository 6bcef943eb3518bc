// Result shapes of the "test connection" checks. Every check resolves (never throws for a
// network failure): the outcome, the exact error and the time it took are data for the UI.

/** What went wrong, normalised so the UI can pick an icon and a hint. */
export type ConnectivityErrorKind =
  | 'auth' // credentials refused (WRONGPASS, NOAUTH, HTTP 401/403, anonymous whoami)
  | 'refused' // nothing listens there (ECONNREFUSED)
  | 'dns' // the host name does not resolve (ENOTFOUND, EAI_AGAIN)
  | 'timeout' // no answer within the time limit
  | 'tls' // handshake or certificate failure
  | 'http' // an unexpected HTTP status
  | 'protocol' // it answered, but not like the expected service
  | 'unhealthy' // the service answered that it is not healthy
  | 'unsupported' // the console cannot test this (custom provider)
  | 'invalid-endpoint' // the endpoint string is not a usable URL
  | 'blocked' // the egress policy refuses the host (nothing was connected to)
  | 'network'; // any other socket error

export interface ConnectivityError {
  kind: ConnectivityErrorKind;
  /** The exact code: ECONNREFUSED, WRONGPASS, HTTP_401, DEPTH_ZERO_SELF_SIGNED_CERT, ETIMEDOUT… */
  code: string;
  /** The exact message from the server or the OS, with secrets removed. */
  message: string;
}

/** Outcome of testing one endpoint of a state store. */
export interface EndpointTestResult {
  /** The endpoint as configured, with any password in it removed. */
  endpoint: string;
  ok: boolean;
  /** From the start of the check to its answer (or failure), connection setup included. */
  latencyMs: number;
  serverVersion?: string;
  /** etcd only: the `health` field of GET /health ("true" / "false"). */
  health?: string;
  /**
   * Whether the credentials were proven: `verified` (the server accepted them),
   * `not-enabled` (the server has authentication off, so they were not needed),
   * `not-checked` (none were given).
   */
  credentials?: 'verified' | 'not-enabled' | 'not-checked';
  error?: ConnectivityError;
}

/** TLS settings for a connection (store or registry). */
export interface TlsSettings {
  /** Extra trusted CA certificate (PEM). */
  ca?: string;
  /** Client certificate and key (PEM) for mutual TLS. */
  cert?: string;
  key?: string;
  /** false accepts self-signed or otherwise unverifiable certificates. */
  rejectUnauthorized?: boolean;
}

export interface EndpointTestOptions {
  timeoutMs: number;
  /** true or settings: use TLS even when the URL scheme does not say so. */
  tls?: boolean | TlsSettings;
}
