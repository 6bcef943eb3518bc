// The security headers of every response, set per request by proxy.ts: a Content-Security-Policy
// whose script-src allows only scripts carrying this request's nonce (Next.js reads the nonce
// from the request's CSP header and puts it on its own scripts), and HSTS when the console is
// served over https. Inline style attributes stay allowed: the charts and toasts set them.
import { env, consoleOrigin } from '../env';

/** The request header the root layout reads the nonce from (for the theme script). */
export const NONCE_HEADER = 'x-nonce';
export const HSTS = 'max-age=63072000; includeSubDomains';

/** 128 random bits, base64: a fresh one for every request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

export function contentSecurityPolicy(nonce: string, dev = env().NODE_ENV === 'development'): string {
  return [
    "default-src 'self'",
    // React's development build evaluates strings (call stacks); production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** HSTS when CONSOLE_URL is https, else null (over http the header would be meaningless). */
export function hstsHeader(): string | null {
  return consoleOrigin().startsWith('https:') ? HSTS : null;
}

/** The headers of one page response (the CSP is also sent on the request, for Next.js to read). */
export function securityHeaders(nonce: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Security-Policy': contentSecurityPolicy(nonce) };
  const hsts = hstsHeader();
  if (hsts) headers['Strict-Transport-Security'] = hsts;
  return headers;
}
