// Incidents that start during live simulation, so the healing flow always has something to
// fix: first a memory leak on checkout-api shortly after start-up, then, once nothing is open,
// another incident of a random kind every few hours. Leaks and bad configs last until an action
// fixes them; outages end on their own; surges end when scaled or when the traffic subsides.
import { insertScript } from './benign';
import { openIncidents } from './incidents';
import { DEMO_LIMITS, PROFILES } from './profiles';
import { between, pick, type Rng } from './random';
import { HOUR, MINUTE } from './seasonality';
import type { DemoPluginId, FleetState, IncidentKind, IncidentTruth } from './types';

const MAX_CLOSED_LIVE = 50;

type Starter = (state: FleetState, t: number, r: Rng, id: string) => IncidentTruth;

const base = (id: string, pluginId: DemoPluginId, kind: IncidentKind, t: number): Pick<IncidentTruth, 'id' | 'pluginId' | 'kind' | 'start' | 'end' | 'phase' | 'resolvedBy' | 'alsoAffected'> => ({ id, pluginId, kind, start: t, end: null, phase: 'live', resolvedBy: null, alsoAffected: [] });

function leak(pluginId: DemoPluginId, minutesToCritical: number): Starter {
  return (state, t, _r, id) => {
    const p = PROFILES[pluginId];
    const bytesPerStep = (0.9 * DEMO_LIMITS.maxHeap - p.retainedBase - p.cacheMax) / ((minutesToCritical * MINUTE) / state.stepMs);
    insertScript(state, { at: t, pluginId, step: { op: 'start-leak', bytesPerStep, incidentId: id } });
    return { ...base(id, pluginId, 'memory-leak', t), cause: 'resource-exhaustion', expectedTopCause: 'resource-exhaustion', acceptableCauses: ['code-defect'], dependency: null, remedy: 'restart', description: `${pluginId} leaks memory: the heap grows steadily toward maxHeap (256 MiB) and keeps growing until the plugin is restarted.`, signals: ['memory-usage rises steadily', 'GC pause and heap warnings', 'latency rises near the limit; errors and status failed once the heap is full'] };
  };
}

function outage(pluginId: DemoPluginId, dependency: string, host: string): Starter {
  return (state, t, r, id) => {
    const down = Math.round(between(r, 20, 40)) * MINUTE;
    insertScript(state, { at: t, pluginId, step: { op: 'dependency', dependency, status: 'degraded', message: `slow responses from ${host}` } });
    insertScript(state, { at: t + MINUTE, pluginId, step: { op: 'dependency', dependency, status: 'unhealthy', message: `connect ETIMEDOUT ${host}` } });
    insertScript(state, { at: t + down, pluginId, step: { op: 'dependency', dependency, status: 'recovering', message: 'connections re-established' } });
    insertScript(state, { at: t + down + 2 * MINUTE, pluginId, step: { op: 'dependency', dependency, status: 'healthy', message: null } });
    insertScript(state, { at: t + down + 2 * MINUTE, pluginId, step: { op: 'resolve', incidentId: id, by: `${dependency} recovered` } });
    return { ...base(id, pluginId, 'dependency-outage', t), cause: 'dependency-failure', expectedTopCause: 'dependency-failure', acceptableCauses: ['network-issue'], dependency, remedy: 'none', description: `${dependency} becomes unreachable for ${down / MINUTE} minutes; ${pluginId} reports it unhealthy, then times out and fails requests.`, signals: ['dependency unhealthy in health reports first', 'latency and error-rate rise a few minutes later', 'connection timeout / ECONNRESET logs'] };
  };
}

function badConfig(pluginId: DemoPluginId): Starter {
  return (state, t, _r, id) => {
    const pool = Math.max(2, Math.floor(PROFILES[pluginId].poolSize / 10));
    insertScript(state, { at: t, pluginId, step: { op: 'config-change', changes: { 'pool.maxConnections': pool, 'cache.enabled': false }, actor: 'deploy-bot', comment: 'Config rollout: smaller connection pool, cache off' } });
    return { ...base(id, pluginId, 'bad-config-rollout', t), cause: 'configuration', expectedTopCause: 'configuration', acceptableCauses: ['resource-exhaustion'], dependency: null, remedy: 'rollback', description: `A config rollout on ${pluginId} shrinks the connection pool to ${pool} and disables the cache; errors and response time step up until it is rolled back (or fixed with adjust-config).`, signals: ['config-change event right before the step', 'error-rate and response-time step up', 'pool acquire timeout errors'] };
  };
}

function surge(pluginId: DemoPluginId): Starter {
  return (state, t, _r, id) => {
    const p = PROFILES[pluginId];
    const s = state.plugins[pluginId];
    const endsAt = t + 3 * HOUR;
    insertScript(state, { at: t, pluginId, step: { op: 'surge', extraRps: 1.05 * s.instances * p.capacityPerInstance, rampMs: 10 * MINUTE, endsAt, incidentId: id } });
    insertScript(state, { at: endsAt + 40 * MINUTE, pluginId, step: { op: 'resolve', incidentId: id, by: 'traffic subsided' } });
    // The autoscaler takes back extra instances once the traffic is gone (a no-op if never scaled).
    insertScript(state, { at: endsAt + HOUR, pluginId, step: { op: 'action', action: { type: 'scale', parameters: { instances: p.instances } }, actor: 'autoscaler', reason: 'Load back to normal' } });
    return { ...base(id, pluginId, 'traffic-surge', t), cause: 'traffic-surge', expectedTopCause: 'resource-exhaustion', acceptableCauses: ['other'], dependency: null, remedy: 'scale', description: `A traffic surge on ${pluginId} exceeds its capacity for about 3 hours: CPU pegs, the queue grows to its limit and requests are rejected until it is scaled out.`, signals: ['throughput flat at capacity', 'queue-depth grows', 'cpu-usage ~100 %'] };
  };
}

const FIRST: Starter = leak('checkout-api', 75);
/** After the first leak the kinds take turns (so every healing path comes up), plugin at random. */
const LATER: Starter[][] = [
  [outage('inventory-sync', 'warehouse-db', 'warehouse-db.internal:5432'), outage('notification-hub', 'smtp-relay', 'smtp-relay.internal:587'), outage('search-indexer', 'opensearch', 'opensearch.internal:9200')],
  [badConfig('notification-hub'), badConfig('checkout-api')],
  [surge('search-indexer'), surge('checkout-api')],
  [leak('checkout-api', 90), leak('report-builder', 90)],
];

/** Starts a live incident when one is due and none is open. */
export function maybeStartLiveIncident(state: FleetState, t: number, r: Rng): void {
  if (t <= state.liveSince || t < state.nextLiveIncidentAt) return;
  if (openIncidents(state).some((i) => i.phase === 'live')) return;
  const starter = state.liveIncidentCount === 0 ? FIRST : pick(r, LATER[(state.liveIncidentCount - 1) % LATER.length]);
  state.liveIncidentCount += 1;
  const incident = starter(state, t, r, `live-${state.liveIncidentCount}-${t}`);
  state.incidents.push(incident);
  // Keep the state small on a long-running console: forget the oldest closed live incidents.
  const closedLive = state.incidents.filter((i) => i.phase === 'live' && i.end !== null);
  if (closedLive.length > MAX_CLOSED_LIVE) {
    const drop = new Set(closedLive.slice(0, closedLive.length - MAX_CLOSED_LIVE));
    state.incidents = state.incidents.filter((i) => !drop.has(i));
  }
  // A fallback in case nothing ever resolves it: resolving moves this further out.
  state.nextLiveIncidentAt = t + 2 * HOUR;
}
