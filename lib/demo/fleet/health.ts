// Health: the status rule (from the step's metrics and dependency health) and the minute-by-minute
// PluginHealthReport a plugin would push. Dependencies come first in the report because an
// outage shows there before it shows in the plugin's own metrics.
import type { PluginHealthReport } from '@/schemas/aiops';
import type { PluginHealthStatus } from '@/schemas/sandbox';
import { M } from './physics';
import { DEMO_LIMITS, MIB, type PluginProfile } from './profiles';
import type { DependencyState, DemoPluginId, FleetHealthSample, PluginSim } from './types';

type CheckStatus = 'passed' | 'warning' | 'failed';
const bad = (s: PluginHealthStatus) => s === 'unhealthy' || s === 'failed';

/** Check thresholds (fractions): at `warn` the plugin is degraded and its check warns, at `fail` it is unhealthy and the check fails. */
const HEAP = { warn: 0.85, fail: 0.95 };
const ERROR_RATE = { warn: 0.03, fail: 0.1 };
const QUEUE = { warn: 0.05, fail: 0.5 };

export function assessStatus(p: PluginProfile, s: PluginSim, deps: Record<string, DependencyState>, plugins: Record<DemoPluginId, PluginSim>): PluginHealthStatus {
  const heap = s.last[M.memory] / DEMO_LIMITS.maxHeap;
  const err = s.last[M.errorRate];
  const queue = s.backlog / p.queueLimit;
  const external = p.dependencies.filter((d) => d.external).map((d) => ({ link: d, state: deps[d.id] }));
  if (err >= 0.5 || heap >= 0.985) return 'failed';
  if (err >= ERROR_RATE.fail || heap >= HEAP.fail || queue >= QUEUE.fail || external.some((e) => e.link.weight >= 0.5 && e.state && bad(e.state.status))) return 'unhealthy';
  if (s.warmupSteps > 0) return 'recovering';
  const pluginDepBad = p.dependencies.some((d) => !d.external && plugins[d.id as DemoPluginId] && bad(plugins[d.id as DemoPluginId].status));
  const externalNotHealthy = external.some((e) => e.state && e.state.status !== 'healthy');
  if (err >= ERROR_RATE.warn || heap >= HEAP.warn || queue >= QUEUE.warn || s.last[M.cpu] >= 90 || s.last[M.responseTime] >= 4 * p.serviceMs || pluginDepBad || externalNotHealthy) return 'degraded';
  return 'healthy';
}

function level(value: number, { warn, fail }: { warn: number; fail: number }): CheckStatus {
  return value >= fail ? 'failed' : value >= warn ? 'warning' : 'passed';
}

function depCheck(status: PluginHealthStatus): CheckStatus {
  return bad(status) ? 'failed' : status === 'healthy' ? 'passed' : 'warning';
}

export function buildHealthSample(p: PluginProfile, s: PluginSim, t: number, deps: Record<string, DependencyState>, plugins: Record<DemoPluginId, PluginSim>): FleetHealthSample {
  const heapBytes = s.last[M.memory];
  const heap = heapBytes / DEMO_LIMITS.maxHeap;
  const dependencies: NonNullable<PluginHealthReport['dependencies']> = p.dependencies.map((d) => {
    if (d.external) {
      const st = deps[d.id] ?? { status: 'unknown' as const, since: t, message: null };
      return st.message ? { pluginId: d.id, status: st.status, message: st.message } : { pluginId: d.id, status: st.status };
    }
    const other = plugins[d.id as DemoPluginId];
    return { pluginId: d.id, status: other ? other.status : 'unknown' };
  });
  const checks: NonNullable<PluginHealthReport['checks']> = [
    ...p.dependencies
      .filter((d) => d.external)
      .map((d) => {
        const st = deps[d.id];
        const status = st ? depCheck(st.status) : 'warning';
        return { name: `dependency:${d.id}`, status, message: status === 'passed' ? `${d.host}:${d.port} reachable` : (st?.message ?? `${d.host}:${d.port} not reachable`), data: { host: d.host, port: d.port } };
      }),
    { name: 'heap', status: level(heap, HEAP), message: `Heap ${(heapBytes / MIB).toFixed(1)} MiB of ${DEMO_LIMITS.maxHeap / MIB} MiB (${Math.round(heap * 100)}%)`, data: { usedBytes: heapBytes, maxHeapBytes: DEMO_LIMITS.maxHeap } },
    { name: 'error-rate', status: level(s.last[M.errorRate], ERROR_RATE), data: { errorRate: s.last[M.errorRate] } },
    { name: 'queue', status: level(s.backlog / p.queueLimit, QUEUE), data: { depth: s.last[M.queue], limit: p.queueLimit } },
    { name: 'event-loop', status: level(s.signals.gcPauseMs, { warn: 50, fail: 200 }), data: { gcPauseMs: Math.round(s.signals.gcPauseMs) } },
  ];
  const report: PluginHealthReport = {
    status: s.status,
    timestamp: new Date(t).toISOString(),
    metrics: {
      uptime: Math.round((t - s.startedAt) / 1000),
      memoryUsage: heapBytes,
      cpuUsage: s.last[M.cpu],
      activeConnections: s.last[M.connections],
      errorRate: s.last[M.errorRate],
      responseTime: s.last[M.responseTime],
    },
    checks,
    dependencies,
  };
  if (s.status !== 'healthy') report.message = statusMessage(s.status, checks, dependencies);
  return { pluginId: p.id, timestamp: t, report };
}

function statusMessage(status: PluginHealthStatus, checks: NonNullable<PluginHealthReport['checks']>, deps: NonNullable<PluginHealthReport['dependencies']>): string {
  const failing = [...deps.filter((d) => d.status !== 'healthy').map((d) => `${d.pluginId} ${d.status}`), ...checks.filter((c) => c.status !== 'passed' && !c.name.startsWith('dependency:')).map((c) => `${c.name} ${c.status}`)];
  return failing.length ? `${status}: ${failing.join(', ')}` : status;
}
