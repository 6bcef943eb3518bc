// configuration-tuning of the sandbox: network access `full` while the plugin's own events show
// it only ever contacts a handful of hosts. Restricting to those hosts loses nothing it uses.
import { confidenceFrom, priorityFrom } from '../grade';
import type { PluginFacts, Suggestion } from '../types';

/** At most this many distinct hosts makes an allow-list practical. */
export const MAX_HOSTS = 5;
/** Host facts must come from at least this many events over at least a day. */
export const MIN_EVENTS = 20;
const MIN_SPAN_MS = 86_400_000;

export function sandboxNetworkRule(f: PluginFacts): Suggestion[] {
  const network = f.sandbox.body.network;
  if (network?.mode !== 'full' || !f.hosts || f.hosts.length === 0 || f.hosts.length > MAX_HOSTS) return [];
  const events = f.hosts.reduce((n, h) => n + h.events, 0);
  const first = Math.min(...f.hosts.map((h) => h.firstSeen));
  const last = Math.max(...f.hosts.map((h) => h.lastSeen));
  if (events < MIN_EVENTS || last - first < MIN_SPAN_MS) return [];
  const hosts = f.hosts.map((h) => h.host).sort();
  const ports = [...new Set(f.hosts.flatMap((h) => h.ports))].sort((a, b) => a - b);
  const after = { ...network, mode: 'restricted' as const, allowedHosts: hosts, ...(ports.length && { allowedPorts: ports }) };
  const days = (last - first) / 86_400_000;
  return [
    {
      evidenceKey: `network:full:${hosts.join(',')}`,
      change: { documentKind: 'sandbox', basedOnVersion: f.sandbox.version, set: [{ path: ['network'], before: network, after }] },
      evidence: {
        summary: `Network access is full, yet in ${days.toFixed(1)} days the plugin contacted only ${hosts.length} host${hosts.length > 1 ? 's' : ''}.`,
        facts: [
          { label: 'Network mode', value: 'full' },
          ...f.hosts.map((h) => ({ label: `Host ${h.host}`, value: `${h.events} events${h.ports.length ? `, ports ${h.ports.join(', ')}` : ''}` })),
          { label: 'Seen between', value: `${new Date(first).toISOString()} and ${new Date(last).toISOString()}` },
        ],
        window: { from: first, to: last },
      },
      record: {
        type: 'configuration-tuning',
        description: `Restrict the sandbox network to the ${hosts.length} host${hosts.length > 1 ? 's' : ''} the plugin uses (${hosts.join(', ')})`,
        expectedImpact: { performanceGain: 0, resourceSavings: { network: 0 } },
        difficulty: 'moderate',
        steps: [`Set network.mode to restricted with allowedHosts ${hosts.join(', ')}${ports.length ? ` and allowedPorts ${ports.join(', ')}` : ''}`, 'Save as a new version', 'Watch the plugin\'s logs for refused connections for a day'],
        risks: ['A host contacted less often than the events cover (a monthly job) will be refused', 'Hosts are only known from events that name them'],
        confidence: confidenceFrom(Math.min(90, 50 + events / 10), days),
        priority: priorityFrom(0.45),
      },
    },
  ];
}
