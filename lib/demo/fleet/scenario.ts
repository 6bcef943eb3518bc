// The scripted week: four incidents of known cause placed on days -5 … -2 (never on the first
// day of the window), each with its ground truth, plus decoy changes near them that an RCA
// should not blame. Times are local business hours with a seeded jitter.
import { DEMO_LIMITS, PROFILES } from './profiles';
import { between, deriveSeed, type Rng } from './random';
import { DAY, HOUR, MINUTE, localMidnight } from './seasonality';
import type { IncidentTruth, ScriptEntry } from './types';

export interface ScenarioOptions {
  /** First simulated instant (history start). */
  start: number;
  /** Last simulated step (history end, aligned `now`). */
  end: number;
  seed: number;
  stepMs: number;
  utcOffsetMinutes: number;
}

export interface Scenario {
  incidents: IncidentTruth[];
  script: ScriptEntry[];
}

type Group = { incident: IncidentTruth; script: ScriptEntry[] };
type TruthBase = Omit<IncidentTruth, 'phase' | 'resolvedBy' | 'end'> & { end: number };

const truth = (t: TruthBase, resolvedBy: string): IncidentTruth => ({ ...t, phase: 'history', resolvedBy });

export function buildScenario(o: ScenarioOptions): Scenario {
  const r: Rng = { s: deriveSeed(o.seed, 'scenario') };
  const mid = localMidnight(o.end, o.utcOffsetMinutes);
  const align = (t: number) => Math.round(t / o.stepMs) * o.stepMs;
  const at = (daysBack: number, hour: number, jitterHours: number) => align(mid - daysBack * DAY + (hour + between(r, -jitterHours, jitterHours)) * HOUR);
  const dur = (loMin: number, hiMin: number) => align(between(r, loMin, hiMin) * MINUTE);
  const groups: Group[] = [];

  // 1. Memory leak on checkout-api: heap climbs ~6 h until on-call restarts it at ~90 %.
  {
    const p = PROFILES['checkout-api'];
    const start = at(5, 9, 1);
    const end = start + dur(330, 390);
    const bytesPerStep = (0.86 * DEMO_LIMITS.maxHeap - p.retainedBase - p.cacheMax) / ((end - start) / o.stepMs);
    const id = `hist-leak-${start}`;
    groups.push({
      incident: truth({ id, pluginId: p.id, kind: 'memory-leak', cause: 'resource-exhaustion', start, end, description: 'checkout-api leaks memory (order objects kept in a module-level map): heap grows steadily toward maxHeap (256 MiB), GC pauses push latency up, until on-call restarts the plugin.', expectedTopCause: 'resource-exhaustion', acceptableCauses: ['code-defect'], alsoAffected: [], dependency: null, signals: ['memory-usage rises steadily (~18 MiB/h) with a shrinking GC saw-tooth', 'latency and response-time rise as the heap passes 70–80 % (GC pauses)', 'warn logs: Heap usage … after mark-compact, Long GC pause', 'restart event at the end; memory drops back to baseline'], remedy: 'restart' }, 'restart by oncall:maria.k'),
      script: [
        // Decoy: an unrelated feature-flag flip shortly before the leak starts.
        { at: start - 40 * MINUTE, pluginId: p.id, step: { op: 'config-change', changes: { 'featureFlags.newCheckoutFlow': true }, actor: 'release-bot', comment: 'Enable new checkout flow for 10% of users' } },
        { at: start, pluginId: p.id, step: { op: 'start-leak', bytesPerStep, incidentId: id } },
        { at: end, pluginId: p.id, step: { op: 'action', action: { type: 'restart' }, actor: 'oncall:maria.k', reason: 'Heap above 90% and still climbing; restarting to free memory' } },
      ],
    });
  }

  // 2. warehouse-db outage: inventory-sync's health check sees it first, then timeouts pile up.
  {
    const start = at(4, 11, 1.5);
    const down = dur(40, 60);
    const end = start + down + 2 * MINUTE;
    groups.push({
      incident: truth({ id: `hist-dep-${start}`, pluginId: 'inventory-sync', kind: 'dependency-outage', cause: 'dependency-failure', start, end, description: 'warehouse-db (PostgreSQL at warehouse-db.internal:5432) becomes unreachable: inventory-sync reports it unhealthy, then its latency and error rate climb with connection timeouts, ECONNRESET and DNS failures; checkout-api stock checks slow down in turn.', expectedTopCause: 'dependency-failure', acceptableCauses: ['network-issue'], alsoAffected: ['checkout-api'], dependency: 'warehouse-db', signals: ['health reports list warehouse-db degraded, then unhealthy, ~2–3 minutes before latency rises', 'latency, response-time, error-rate and connection-count rise; throughput roughly unchanged', 'error logs: ETIMEDOUT / ECONNRESET / EAI_AGAIN / circuit breaker opened', 'a harmless deploy of inventory-sync about two hours earlier (decoy)'], remedy: 'none' }, 'warehouse-db recovered'),
      script: [
        { at: start - 130 * MINUTE, pluginId: 'inventory-sync', step: { op: 'deploy', actor: 'deploy-bot' } },
        { at: start, pluginId: 'inventory-sync', step: { op: 'dependency', dependency: 'warehouse-db', status: 'degraded', message: 'slow responses: SELECT 1 took 2380ms' } },
        { at: start + MINUTE, pluginId: 'inventory-sync', step: { op: 'dependency', dependency: 'warehouse-db', status: 'unhealthy', message: 'connect ETIMEDOUT 10.0.7.21:5432' } },
        { at: start + down, pluginId: 'inventory-sync', step: { op: 'dependency', dependency: 'warehouse-db', status: 'recovering', message: 'connections re-established, replaying WAL' } },
        { at: end, pluginId: 'inventory-sync', step: { op: 'dependency', dependency: 'warehouse-db', status: 'healthy', message: null } },
      ],
    });
  }

  // 3. Bad config rollout on notification-hub: pool 40 → 4 and template cache off; rolled back.
  {
    const start = at(3, 14, 1.5);
    const end = start + dur(80, 110);
    groups.push({
      incident: truth({ id: `hist-config-${start}`, pluginId: 'notification-hub', kind: 'bad-config-rollout', cause: 'configuration', start, end, description: 'A config rollout lowers the provider connection pool from 40 to 4 and disables the template cache; error rate (pool acquire timeouts) and response time step up right after the config-change event and fall back when on-call rolls back.', expectedTopCause: 'configuration', acceptableCauses: ['resource-exhaustion'], alsoAffected: [], dependency: null, signals: ['config-change event at the start (pool.maxConnections 40 → 4, cache.enabled true → false)', 'error-rate and response-time step up on the next sample; memory drops by the cache size', 'error logs: Timed out acquiring connection from pool; warn: Cache disabled', 'rollback config-change at the end', 'an unrelated log-level change on report-builder 10 minutes in (decoy)'], remedy: 'rollback' }, 'rollback by oncall:maria.k'),
      script: [
        { at: start, pluginId: 'notification-hub', step: { op: 'config-change', changes: { 'pool.maxConnections': 4, 'cache.enabled': false }, actor: 'deploy-bot', comment: 'Lower provider connections to cut SMTP costs; template cache off for A/B test' } },
        { at: start + 10 * MINUTE, pluginId: 'report-builder', step: { op: 'config-change', changes: { logLevel: 'debug' }, actor: 'dev:tomas.r', comment: 'Debug slow tax-summary report' } },
        { at: end, pluginId: 'notification-hub', step: { op: 'action', action: { type: 'rollback' }, actor: 'oncall:maria.k', reason: 'Error rate up since the config change; rolling back' } },
        { at: start + 2 * HOUR, pluginId: 'report-builder', step: { op: 'config-change', changes: { logLevel: 'info' }, actor: 'dev:tomas.r', comment: 'Back to info logging' } },
      ],
    });
  }

  // 4. Traffic surge on search-indexer (bulk catalogue import) saturates the queue; scaled out.
  {
    const p = PROFILES['search-indexer'];
    const start = at(2, 10, 1);
    const scaleAt = start + dur(45, 65);
    const end = scaleAt + 10 * MINUTE;
    groups.push({
      incident: truth({ id: `hist-surge-${start}`, pluginId: p.id, kind: 'traffic-surge', cause: 'traffic-surge', start, end, description: 'A bulk catalogue import floods search-indexer with index jobs beyond what 2 instances can serve: throughput pegs at capacity, CPU ~100 %, the queue grows to its limit and jobs are rejected, until on-call scales out to 6 instances and the queue drains.', expectedTopCause: 'resource-exhaustion', acceptableCauses: ['other'], alsoAffected: [], dependency: null, signals: ['throughput jumps to capacity and stays flat (saturated)', 'queue-depth grows roughly linearly, then sits at the limit (50 000) with rejections in error-rate', 'cpu-usage ~97–100 %', 'scale event 2 → 6 instances; queue drains within minutes; later scale back to 2 (benign)', 'a node-maintenance restart the day before (decoy)'], remedy: 'scale' }, 'scale by oncall:maria.k'),
      script: [
        { at: start - 22 * HOUR, pluginId: p.id, step: { op: 'action', action: { type: 'restart' }, actor: 'platform-bot', reason: 'Node maintenance (kernel patch)' } },
        { at: start, pluginId: p.id, step: { op: 'surge', extraRps: 1.05 * p.instances * p.capacityPerInstance, rampMs: 10 * MINUTE, endsAt: start + 3 * HOUR, incidentId: `hist-surge-${start}` } },
        { at: scaleAt, pluginId: p.id, step: { op: 'action', action: { type: 'scale', parameters: { instances: 6 } }, actor: 'oncall:maria.k', reason: 'Index queue at its limit, rejecting jobs' } },
        { at: start + 4 * HOUR, pluginId: p.id, step: { op: 'action', action: { type: 'scale', parameters: { instances: p.instances } }, actor: 'autoscaler', reason: 'Load back to normal' } },
      ],
    });
  }

  // Keep only what fits the window (a short history loses its oldest incidents).
  const kept = groups.filter((g) => g.incident.start - 24 * HOUR >= o.start && (g.incident.end ?? o.end) <= o.end);
  const script = kept.flatMap((g) => g.script).filter((e) => e.at > o.start && e.at <= o.end);
  script.sort((a, b) => a.at - b.at);
  return { incidents: kept.map((g) => g.incident), script };
}
