// Resolves a host the server is about to connect to and checks every address it has against
// the egress policy. Callers connect to the returned address (never look the name up again),
// so a name that answers differently the second time cannot slip past the check.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { env } from '../env';
import { EgressBlocked } from './egress-error';
import { judgeAddress, judgeHostName, parseEgressAllow, type EgressPolicy } from './policy';

export interface CheckedTarget {
  /** The host as given (for Host headers, SNI and messages), without IPv6 brackets. */
  host: string;
  address: string;
  family: 4 | 6;
}

let cached: { text: string | undefined; policy: EgressPolicy } | undefined;
/** The policy of this process, from CONSOLE_EGRESS_ALLOW. */
export function currentEgressPolicy(): EgressPolicy {
  const text = env().CONSOLE_EGRESS_ALLOW;
  if (!cached || cached.text !== text) cached = { text, policy: parseEgressAllow(text) };
  return cached.policy;
}

/** Resolves `host` and returns an address to connect to, or throws EgressBlocked. */
export async function resolveEgressTarget(rawHost: string, policy: EgressPolicy = currentEgressPolicy()): Promise<CheckedTarget> {
  const host = rawHost.replace(/^\[|\]$/g, '');
  const byName = judgeHostName(host);
  if (!byName.allowed) throw new EgressBlocked(host, byName.reason);
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  // One refused address refuses the name: a name that also points inside is not a public one.
  for (const a of addresses) {
    const verdict = judgeAddress(a.address, host, policy);
    if (!verdict.allowed) throw new EgressBlocked(host, verdict.reason);
  }
  const first = addresses[0];
  if (!first) throw Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' });
  return { host, address: first.address, family: first.family === 6 ? 6 : 4 };
}

type LookupCallback = (err: Error | null, address: string | { address: string; family: number }[], family?: number) => void;

/** A `lookup` for node:net, node:http and TLS options that answers only the checked address. */
export function pinnedLookup(target: CheckedTarget) {
  return (_host: string, options: { all?: boolean } | number | undefined, callback: LookupCallback) => {
    if (typeof options === 'object' && options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}
