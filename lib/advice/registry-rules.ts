// Advice rules for the registry federation (RegistryConfig), in one table.
import type { RegistryConfig } from '@/schemas';
import { eachItem, field, isEmpty, isLoopback, schemeOf } from './rule-helpers';
import type { AdviceRule } from './types';

const upstreams = (d: RegistryConfig) => d.upstream;
const plainRemote = (url: string) => schemeOf(url) === 'http' && !isLoopback(url);

export const registryRules: AdviceRule<RegistryConfig>[] = [
  {
    id: 'upstream-tls-unverified',
    severity: 'risk',
    title: 'Upstream certificate not checked',
    reason: 'Anyone on the path can impersonate the upstream and serve altered packages.',
    at: eachItem('upstream', upstreams, 'tls.verifyCertificate', (u) => u.tls?.verifyCertificate === false),
  },
  {
    id: 'upstream-tls-disabled',
    severity: 'warning',
    title: 'TLS turned off for an upstream',
    reason: 'Packages and credentials travel unencrypted and can be read or altered in transit.',
    at: eachItem('upstream', upstreams, 'tls.enabled', (u) => u.tls?.enabled === false),
  },
  {
    id: 'upstream-plain-http',
    severity: 'warning',
    title: 'Upstream over plain HTTP',
    reason: 'Packages fetched over http:// can be altered in transit; use https://.',
    at: eachItem('upstream', upstreams, 'url', (u) => plainRemote(u.url)),
  },
  {
    id: 'upstream-credentials-in-clear',
    severity: 'risk',
    title: 'Credentials sent in clear text',
    reason: 'The upstream uses http://, so its password, token or key is readable by anyone on the path.',
    at: eachItem('upstream', upstreams, 'auth.type', (u) => (u.auth?.type ?? 'none') !== 'none' && plainRemote(u.url)),
  },
  {
    id: 'upstream-no-retries',
    severity: 'info',
    title: 'No retries',
    reason: 'With maxAttempts 0 a single dropped connection fails the install or sync.',
    at: eachItem('upstream', upstreams, 'retry.maxAttempts', (u) => u.retry?.maxAttempts === 0),
  },
  {
    id: 'anonymous-publish',
    severity: 'risk',
    title: 'Anyone can publish',
    reason: 'Without auth for write, anyone who reaches the registry can publish or overwrite packages.',
    at: field('accessControl.requireAuthForWrite', (d) => d.accessControl?.requireAuthForWrite === false),
  },
  {
    id: 'private-readable-anonymously',
    severity: 'info',
    title: 'Private registry readable without sign-in',
    reason: 'Visibility is not public, yet requireAuthForRead is off, so anyone who reaches it can download.',
    at: field('accessControl.requireAuthForRead', (d) => d.visibility !== 'public' && !(d.accessControl?.requireAuthForRead ?? false)),
  },
  {
    id: 'private-type-public-visibility',
    severity: 'warning',
    title: 'Private registry with public visibility',
    reason: 'The registry is of type private but visible to everyone; one of the two settings is likely wrong.',
    at: field('visibility', (d) => d.type === 'private' && d.visibility === 'public'),
  },
  {
    id: 'cache-disabled',
    severity: 'warning',
    title: 'Upstream cache is off',
    reason: 'Every install goes to the upstreams, so an upstream outage or rate limit breaks installs.',
    at: field('cache.enabled', (d) => d.cache?.enabled === false && !isEmpty(d.upstream)),
  },
  {
    id: 'cache-ttl-zero',
    severity: 'info',
    title: 'Cache TTL of 0',
    reason: 'Cached metadata is stale at once, so every request is revalidated against the upstream.',
    at: field('cache.ttl', (d) => d.cache?.enabled === true && d.cache.ttl === 0),
  },
  {
    id: 'mirror-plain-http',
    severity: 'warning',
    title: 'Mirror over plain HTTP',
    reason: 'Packages served from an http:// mirror can be altered in transit; use https://.',
    at: eachItem('mirrors', (d) => d.mirrors, 'url', (m) => plainRemote(m.url)),
  },
];
