// The egress policy: which addresses the server may connect to on behalf of a user. Link-local
// and cloud metadata addresses never; loopback, private and other non-global ranges only when
// an administrator allows them in CONSOLE_EGRESS_ALLOW (hosts and CIDR ranges); the rest of the
// internet always. Addresses are compared after unwrapping IPv4 carried in IPv6.
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

export interface EgressPolicy {
  /** Host names (lower case) allowed whatever private address they resolve to. */
  hosts: ReadonlySet<string>;
  ranges: readonly [Address, number][];
}

export type Verdict = { allowed: true } | { allowed: false; reason: 'metadata' | 'private' | 'invalid' };

/** Names of cloud metadata services: refused before any lookup. */
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog', 'metadata', 'instance-data', 'instance-data.ec2.internal']);
/** Metadata addresses outside the link-local ranges (AWS IPv6, Alibaba Cloud). */
const METADATA_ADDRESSES = ['fd00:ec2::254', '100.100.100.200'].map((a) => ipaddr.parse(a).toNormalizedString());

/** Parses `CONSOLE_EGRESS_ALLOW`: comma-separated host names, addresses and CIDR ranges. */
export function parseEgressAllow(text: string | undefined): EgressPolicy {
  const hosts = new Set<string>();
  const ranges: [Address, number][] = [];
  for (const raw of (text ?? '').split(',')) {
    const entry = raw.trim().toLowerCase().replace(/^\[|\]$/g, '');
    if (!entry) continue;
    if (entry.includes('/')) ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const addr = unwrap(ipaddr.parse(entry));
      ranges.push([addr, addr.kind() === 'ipv4' ? 32 : 128]);
    } else hosts.add(entry);
  }
  return { hosts, ranges };
}

/** True when every entry of the text is a host name, an address or a CIDR range. */
export function isValidEgressAllow(text: string): boolean {
  try {
    parseEgressAllow(text);
    return true;
  } catch {
    return false;
  }
}

/** IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses reach an IPv4 host: judge that host. */
function unwrap(addr: Address): Address {
  if (addr.kind() === 'ipv4') return addr;
  const v6 = addr as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  const range = v6.range();
  const bytes = v6.toByteArray();
  if (range === 'rfc6052' || range === 'rfc6145') return ipaddr.fromByteArray(bytes.slice(12)) as ipaddr.IPv4;
  if (range === '6to4') return ipaddr.fromByteArray(bytes.slice(2, 6)) as ipaddr.IPv4;
  return addr;
}

function inAllowedRange(addr: Address, policy: EgressPolicy): boolean {
  return policy.ranges.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits));
}

/** The verdict on one resolved address, for a connection to `host` (the name the user gave). */
export function judgeAddress(address: string, host: string, policy: EgressPolicy): Verdict {
  if (!ipaddr.isValid(address)) return { allowed: false, reason: 'invalid' };
  const addr = unwrap(ipaddr.parse(address));
  const range = addr.range();
  if (range === 'linkLocal' || METADATA_ADDRESSES.includes(addr.toNormalizedString())) return { allowed: false, reason: 'metadata' };
  if (range === 'unicast') return { allowed: true };
  // Loopback, private, unique-local, unspecified (0.0.0.0 reaches this machine), shared, reserved...
  if (policy.hosts.has(host.toLowerCase()) || inAllowedRange(addr, policy)) return { allowed: true };
  return { allowed: false, reason: 'private' };
}

/** The verdict on a host name before it is looked up: metadata names are refused outright. */
export function judgeHostName(host: string): Verdict {
  const name = host.toLowerCase().replace(/\.$/, '');
  return METADATA_HOSTS.has(name) ? { allowed: false, reason: 'metadata' } : { allowed: true };
}
