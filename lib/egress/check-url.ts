// The save-time check of a URL the server will later send to: an address written in the URL and
// the metadata names are judged now, so the form names the field. Names are looked up only when
// a connection is made (they may not resolve from here yet, and may change).
import { isIP } from 'node:net';
import { currentEgressPolicy } from './resolve-target';
import { EgressBlocked } from './egress-error';
import { judgeAddress, judgeHostName, type EgressPolicy } from './policy';

/** The refusal of a URL's host, or undefined when it may be saved. */
export function refusedUrl(raw: string, policy: EgressPolicy = currentEgressPolicy()): EgressBlocked | undefined {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim()) ? raw.trim() : `tcp://${raw.trim()}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined; // not a URL: the schema's own rule says so
  }
  const name = judgeHostName(host);
  if (!name.allowed) return new EgressBlocked(host, name.reason);
  // `localhost` and its subdomains are loopback by definition (RFC 6761).
  const probe = isIP(host) ? host : /(^|\.)localhost$/i.test(host) ? '127.0.0.1' : undefined;
  if (!probe) return undefined;
  const verdict = judgeAddress(probe, host, policy);
  return verdict.allowed ? undefined : new EgressBlocked(host, verdict.reason);
}
