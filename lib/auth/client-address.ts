// Who is really on the other end of a request. Next 16 route handlers never see the socket, and
// Next fills X-Forwarded-For from the socket only when the client did not send one, so a header
// alone proves nothing. installPeerStamp() (called from instrumentation.ts, in the server
// process) copies each connection's peer address into a header whose name is random per process:
// a client cannot send it ahead of time. X-Forwarded-* are believed only when that peer is one of
// CONSOLE_TRUSTED_PROXIES; without the stamp (a direct call in a test) the address is unknown.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { env } from '../env';

const g = globalThis as unknown as { __consolePeerHeader?: string; __consolePeerStampInstalled?: boolean };

/** The header the server process stamps with the peer address (one random name per process). */
export function peerHeaderName(): string {
  g.__consolePeerHeader ??= `x-console-peer-${randomBytes(12).toString('hex')}`;
  return g.__consolePeerHeader;
}

/** Makes every HTTP(S) server of this process stamp requests with the connection's peer address. */
export function installPeerStamp(): void {
  if (g.__consolePeerStampInstalled) return;
  g.__consolePeerStampInstalled = true;
  const name = peerHeaderName();
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit;
    proto.emit = function stampPeer(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'request') {
        const req = args[0] as http.IncomingMessage;
        const peer = req.socket?.remoteAddress;
        if (peer) req.headers[name] = peer;
        else delete req.headers[name];
      }
      return (emit as (event: string | symbol, ...args: unknown[]) => boolean).call(this, event, ...args);
    } as typeof emit;
  }
}

/** `::ffff:10.0.0.1` → `10.0.0.1`; anything that is not an IP address → null. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let a = raw.trim();
  if (a.startsWith('[') && a.endsWith(']')) a = a.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) a = mapped[1];
  return isIP(a) ? a.toLowerCase() : null;
}

let trusted: { source: string[]; list: BlockList } | undefined;
function trustedProxies(): BlockList {
  const source = env().CONSOLE_TRUSTED_PROXIES;
  if (trusted?.source === source) return trusted.list;
  const list = new BlockList();
  for (const entry of source) {
    const [address, bits] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  trusted = { source, list };
  return list;
}

export function isTrustedProxy(address: string | null): boolean {
  if (!address) return false;
  return trustedProxies().check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** The connection's peer as stamped by the server, or null when unknown. */
export function peerAddress(headers: Headers): string | null {
  return normalizeAddress(headers.get(peerHeaderName()));
}

/**
 * The client's address: the peer itself, or, when the peer is a trusted proxy, the nearest
 * X-Forwarded-For entry that is not a trusted proxy (entries further left are the client's own
 * claims and are ignored). Null when the peer is unknown.
 */
export function clientAddress(headers: Headers): string | null {
  const peer = peerAddress(headers);
  if (!peer || !isTrustedProxy(peer)) return peer;
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map(normalizeAddress);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) return peer; // a malformed entry: nothing left of it can be believed
    if (!isTrustedProxy(hop)) return hop;
  }
  return hops.length && hops[0] ? hops[0] : peer;
}

/** The origin a trusted proxy says the client used (X-Forwarded-Proto/-Host), else null. */
export function forwardedOrigin(headers: Headers): string | null {
  if (!isTrustedProxy(peerAddress(headers))) return null;
  const host = headers.get('x-forwarded-host')?.split(',')[0].trim();
  const proto = headers.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase();
  if (!host || (proto !== 'http' && proto !== 'https')) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}
