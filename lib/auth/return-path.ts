// Where to go after signing in: the page a signed-out visitor asked for. proxy.ts passes each
// page request's path on in a header (set by the proxy, never taken from the client), the
// console layout puts it in `/login?next=`, and only a same-origin relative path is followed.

/** Request header carrying the requested path and query from proxy.ts to the console layout. */
export const REQUESTED_PATH_HEADER = 'x-console-requested-path';

const BASE = 'http://console.invalid';

/** `next` when it is a path on this console (`/incidents/41?x=1#y`), otherwise `/`. */
export function safeReturnPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return '/';
  // Browsers read `\` as `/` (`/\evil.example` is protocol-relative) and drop tabs and newlines.
  if (next.includes('\\') || [...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE || url.pathname === '/login') return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page that comes back to `requested` afterwards. */
export function loginUrlFor(requested: string | null | undefined): string {
  const back = safeReturnPath(requested);
  return back === '/' ? '/login' : `/login?next=${encodeURIComponent(back)}`;
}
