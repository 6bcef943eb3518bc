import { describe, expect, it } from 'vitest';
import { judgeAddress, parseEgressAllow } from './policy';
import { refusedUrl } from './check-url';
import { isValidEgressAllow } from './policy';

const none = parseEgressAllow(undefined);
const verdict = (address: string, allow?: string, host = address) => judgeAddress(address, host, allow === undefined ? none : parseEgressAllow(allow));

describe('egress policy on addresses', () => {
  it('always refuses link-local and cloud metadata addresses, whatever the allow list says', () => {
    const allowAll = '0.0.0.0/0,::/0,169.254.0.0/16,fe80::/10';
    for (const a of ['169.254.169.254', '169.254.0.0', '169.254.255.255', 'fe80::1', 'fd00:ec2::254', '100.100.100.200', '::ffff:169.254.169.254', '64:ff9b::a9fe:a9fe', '2002:a9fe:a9fe::1']) {
      expect(verdict(a), a).toEqual({ allowed: false, reason: 'metadata' });
      expect(verdict(a, allowAll), a).toEqual({ allowed: false, reason: 'metadata' });
    }
    // One past the link-local range on each side is an ordinary public address.
    expect(verdict('169.253.255.255')).toEqual({ allowed: true });
    expect(verdict('169.255.0.0')).toEqual({ allowed: true });
  });

  it('refuses loopback, private, unique-local, unspecified and IPv4-mapped forms unless allowed', () => {
    const inside = ['127.0.0.1', '127.255.255.254', '::1', '10.0.0.1', '172.16.0.0', '172.31.255.255', '192.168.1.1', 'fc00::1', 'fd12:3456::1', '0.0.0.0', '::', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.1.2.3', '100.64.0.1'];
    for (const a of inside) expect(verdict(a), a).toEqual({ allowed: false, reason: 'private' });
    // The edges of 172.16.0.0/12.
    expect(verdict('172.15.255.255')).toEqual({ allowed: true });
    expect(verdict('172.32.0.0')).toEqual({ allowed: true });
    expect(verdict('8.8.8.8')).toEqual({ allowed: true });
    expect(verdict('2606:4700:4700::1111')).toEqual({ allowed: true });
  });

  it('allows what CONSOLE_EGRESS_ALLOW lists: addresses, CIDR ranges (to their edge) and host names', () => {
    expect(verdict('127.0.0.1', '127.0.0.1')).toEqual({ allowed: true });
    expect(verdict('::ffff:127.0.0.1', '127.0.0.1')).toEqual({ allowed: true });
    expect(verdict('127.0.0.2', '127.0.0.1')).toEqual({ allowed: false, reason: 'private' });
    expect(verdict('::1', '::1')).toEqual({ allowed: true });
    expect(verdict('192.168.1.255', '192.168.1.0/24')).toEqual({ allowed: true });
    expect(verdict('192.168.2.0', '192.168.1.0/24')).toEqual({ allowed: false, reason: 'private' });
    expect(verdict('10.0.0.7', 'redis.internal', 'redis.internal')).toEqual({ allowed: true });
    expect(verdict('10.0.0.7', 'redis.internal', 'other.internal')).toEqual({ allowed: false, reason: 'private' });
    expect(verdict('0.0.0.0', '127.0.0.1')).toEqual({ allowed: false, reason: 'private' });
  });

  it('validates the allow list', () => {
    expect(isValidEgressAllow('127.0.0.1, ::1 ,localhost,10.0.0.0/8,[::1]')).toBe(true);
    expect(isValidEgressAllow('10.0.0.0/33')).toBe(false);
    expect(isValidEgressAllow('10.0.0.0/x')).toBe(false);
  });
});

describe('save-time check of a URL', () => {
  it('refuses addresses written in the URL, localhost names and metadata names, without any lookup', () => {
    expect(refusedUrl('http://169.254.169.254/latest/meta-data', none)?.reason).toBe('metadata');
    expect(refusedUrl('http://metadata.google.internal/computeMetadata/v1', none)?.reason).toBe('metadata');
    expect(refusedUrl('http://[::1]:8080/hook', none)?.reason).toBe('private');
    expect(refusedUrl('http://app.localhost/hook', none)?.reason).toBe('private');
    expect(refusedUrl('redis://10.0.0.5:6379', none)?.reason).toBe('private');
    expect(refusedUrl('http://127.0.0.1:8080/hook', parseEgressAllow('127.0.0.1'))).toBeUndefined();
    expect(refusedUrl('https://hooks.example.com/x', none)).toBeUndefined();
  });
});
