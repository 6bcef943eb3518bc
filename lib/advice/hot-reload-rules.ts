// Advice rules for hot reload and its distributed state store (HotReloadConfig), in one table.
import type { DistributedStateConfig, HotReloadConfig } from '@/schemas';
import { eachItem, field, isEmpty, isLoopback, schemeOf } from './rule-helpers';
import type { AdviceRule } from './types';

const store = (d: HotReloadConfig): DistributedStateConfig | undefined => d.distributedConfig;
const endpoints = (d: HotReloadConfig) => (store(d)?.endpoints ?? []).filter((e) => e.trim() !== '');
const testable = (d: HotReloadConfig) => store(d) !== undefined && store(d)?.provider !== 'custom';
/** Schemes that carry state and credentials in clear text. */
const PLAIN = new Set(['redis', 'http']);

function hasCredentials(d: HotReloadConfig): boolean {
  const auth = store(d)?.auth;
  return Boolean(auth?.password || auth?.token || auth?.certificate);
}

export const hotReloadRules: AdviceRule<HotReloadConfig>[] = [
  {
    id: 'preserve-state-without-strategy',
    severity: 'warning',
    title: 'State is to be kept but nowhere to keep it',
    reason: 'preserveState is on while stateStrategy is none, so the state is lost on every reload.',
    at: field('preserveState', (d) => d.preserveState && d.stateStrategy === 'none'),
  },
  {
    id: 'shutdown-timeout-zero',
    severity: 'warning',
    title: 'No time to shut down',
    reason: 'With shutdownTimeout 0 the old instance is stopped at once, cutting off requests and unsaved state.',
    at: field('shutdownTimeout', (d) => d.shutdownTimeout === 0),
  },
  {
    id: 'debounce-zero',
    severity: 'info',
    title: 'Reloads are not debounced',
    reason: 'Editors and builds write several files at once; without a delay each write triggers its own reload.',
    at: field('debounceDelay', (d) => d.enabled && d.debounceDelay === 0),
  },
  {
    id: 'custom-provider',
    severity: 'info',
    title: 'Custom store cannot be tested here',
    reason: 'The console does not know a custom provider’s protocol, so Test connection cannot check it.',
    at: field('distributedConfig.provider', (d) => store(d)?.provider === 'custom'),
  },
  {
    id: 'no-endpoints',
    severity: 'warning',
    title: 'No store endpoints',
    reason: 'A redis or etcd store needs at least one endpoint to connect to.',
    at: field('distributedConfig.endpoints', (d) => testable(d) && endpoints(d).length === 0),
  },
  {
    id: 'plaintext-remote-endpoint',
    severity: 'warning',
    title: 'Store reached without TLS',
    reason: 'State and credentials cross the network in clear text; use rediss:// or https:// for a remote host.',
    at: eachItem('distributedConfig.endpoints', (d) => store(d)?.endpoints, '', (e, d) =>
      testable(d) && PLAIN.has(schemeOf(e) ?? (store(d)?.provider === 'redis' ? 'redis' : 'http')) && !isLoopback(e),
    ),
  },
  {
    id: 'no-credentials-remote',
    severity: 'warning',
    title: 'Remote store without credentials',
    reason: 'Anyone who can reach the store can read and overwrite the plugin state.',
    at: field('distributedConfig.auth', (d) => testable(d) && !hasCredentials(d) && endpoints(d).some((e) => !isLoopback(e))),
  },
  {
    id: 'replication-off',
    severity: 'warning',
    title: 'State is not replicated',
    reason: 'With replication off, losing one store node loses the state of every instance of the plugin.',
    at: field('distributedConfig.replication.enabled', (d) => store(d)?.replication?.enabled === false),
  },
  {
    id: 'single-copy',
    severity: 'warning',
    title: 'A single copy on a single node',
    reason: 'One replica behind one endpoint is a single point of failure; add endpoints or raise minReplicas.',
    at: field('distributedConfig.replication.minReplicas', (d) =>
      testable(d) && store(d)?.replication?.enabled !== false && (store(d)?.replication?.minReplicas ?? 1) === 1 && endpoints(d).length <= 1,
    ),
  },
  {
    id: 'replicas-exceed-endpoints',
    severity: 'info',
    title: 'More replicas than endpoints',
    reason: 'minReplicas is higher than the endpoints listed; unless an endpoint fronts a cluster, it cannot be met.',
    at: field('distributedConfig.replication.minReplicas', (d) =>
      store(d)?.replication?.enabled === true && endpoints(d).length > 0 && store(d)!.replication!.minReplicas > endpoints(d).length,
    ),
  },
  {
    id: 'ttl-zero',
    severity: 'warning',
    title: 'TTL of 0',
    reason: 'Some stores read 0 as never expire and others as expire at once; state would either pile up or vanish.',
    at: field('distributedConfig.ttl', (d) => store(d)?.ttl === 0),
  },
  {
    id: 'no-key-prefix',
    severity: 'info',
    title: 'No key prefix',
    reason: 'Without keyPrefix the plugin shares one keyspace with every other user of the store and may overwrite their keys.',
    at: field('distributedConfig.keyPrefix', (d) => store(d) !== undefined && !store(d)?.keyPrefix?.trim()),
  },
];
