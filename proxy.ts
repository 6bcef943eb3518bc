// Runs before every request but built assets: a fresh CSP nonce per page (Next.js reads it from
// the request's Content-Security-Policy header and puts it on its scripts; the root layout reads
// it for the theme script), HSTS over https, and the requested path for the sign-in redirect.
import { NextResponse, type NextRequest } from 'next/server';
import { hstsHeader, newNonce, NONCE_HEADER, securityHeaders } from '@/lib/auth/security-headers';
import { REQUESTED_PATH_HEADER } from '@/lib/auth/return-path';

/** Paths that are API endpoints, not pages: the console's API and the OpenTelemetry receiver's /v1/…. */
const API_PREFIXES = ['/api/', '/v1/'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    const response = NextResponse.next();
    const hsts = hstsHeader();
    if (hsts) response.headers.set('Strict-Transport-Security', hsts);
    return response;
  }
  const nonce = newNonce();
  const headers = securityHeaders(nonce);
  const forward = new Headers(request.headers);
  forward.set(NONCE_HEADER, nonce);
  forward.set('Content-Security-Policy', headers['Content-Security-Policy']);
  forward.set(REQUESTED_PATH_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: forward } });
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon|apple-touch-icon|manifest.webmanifest).*)',
      // Prefetches of next/link are not documents: no nonce needed.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
