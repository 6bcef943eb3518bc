// One 10-second step of one plugin: demand → queue → served throughput, which then drives
// CPU, connections, latency and memory allocation. Incidents act through state (leak bytes,
// surge traffic, config values, dependency health), never through special cases here.
import { DEMO_LIMITS, MIB, type PluginProfile } from './profiles';
import { between, chance, gauss, type Rng } from './random';
import { scheduledLoad, trafficShape, type LocalTime } from './seasonality';
import type { DependencyState, DemoPluginId, PluginSim } from './types';

/** Indexes into PluginSim.last, in the order of FLEET_METRICS. */
export const M = { cpu: 0, memory: 1, responseTime: 2, errorRate: 3, throughput: 4, latency: 5, connections: 6, queue: 7 } as const;

export interface StepContext {
  t: number;
  lt: LocalTime;
  stepMs: number;
  dependencies: Record<string, DependencyState>;
  plugins: Record<DemoPluginId, PluginSim>;
}

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);
/** Connect/read timeout the plugins use towards their dependencies. */
const DEPENDENCY_TIMEOUT_MS = 5000;

/** Share (0..1) of a dependency's calls that fail right now; ramps in after the health check sees it. */
function dependencyFailure(p: PluginProfile, ctx: StepContext): number {
  let fail = 0;
  for (const d of p.dependencies) {
    let sev = 0;
    if (d.external) {
      const dep = ctx.dependencies[d.id];
      // Pooled connections keep working for ~2 minutes after the database goes away, so the
      // health check (every minute) reports it before requests start failing.
      if (dep && (dep.status === 'unhealthy' || dep.status === 'failed')) sev = clamp((ctx.t - dep.since - 120_000) / 240_000, 0, 1);
      else if (dep && dep.status === 'recovering') sev = 0.15 * clamp(1 - (ctx.t - dep.since) / 120_000, 0, 1);
    } else {
      const other = ctx.plugins[d.id as DemoPluginId];
      // Callers of another plugin degrade gracefully (timeouts on part of their calls only).
      if (other && (other.status === 'unhealthy' || other.status === 'failed')) sev = 0.3 * clamp((ctx.t - other.statusSince - 60_000) / 180_000, 0, 1);
    }
    fail += d.weight * sev;
  }
  return Math.min(1, fail);
}

function surgeRps(s: PluginSim, t: number, r: Rng): number {
  const sg = s.surge;
  if (!sg) return 0;
  let level = clamp((t - sg.since) / sg.rampMs, 0, 1);
  if (sg.endsAt !== null && t >= sg.endsAt) {
    level = Math.min(level, 1 - (t - sg.endsAt) / sg.rampMs);
    if (level <= 0) {
      s.surge = null;
      return 0;
    }
  }
  return sg.extraRps * level * (1 + 0.05 * gauss(r));
}

/** Advances one plugin by one step and writes its eight metric values to s.last. */
export function stepPlugin(p: PluginProfile, s: PluginSim, ctx: StepContext): void {
  const r: Rng = { s: s.rng };
  const dt = ctx.stepMs / 1000;
  const n = s.noise;
  // Slow AR(1) wobbles: traffic, service time, error level, cpu, heap drift, connections.
  n[0] = 0.97 * n[0] + 0.02 * gauss(r);
  n[1] = 0.9 * n[1] + 0.05 * gauss(r);
  n[2] = 0.8 * n[2] + 0.25 * gauss(r);
  n[3] = 0.7 * n[3] + 0.5 * gauss(r);
  n[4] = 0.999 * n[4] + 0.0012 * gauss(r);
  n[5] = 0.8 * n[5] + 0.05 * gauss(r);

  // Short traffic bursts about every two hours; they decay within a minute or two.
  s.burst *= 0.85;
  if (chance(r, 1 / 720)) s.burst += between(r, 0.2, 0.7);
  const demand = Math.max(0, p.peakRps * trafficShape(p, ctx.lt) * Math.exp(n[0]) * (1 + s.burst) + scheduledLoad(p, ctx.lt) + surgeRps(s, ctx.t, r));

  const cfg = s.config;
  const warm = s.warmupSteps > 0;
  const cacheWarm = p.cacheMax > 0 ? s.cache / p.cacheMax : 1;
  const cacheFactor = cfg.cache.enabled ? 1 + 0.35 * (1 - cacheWarm) : p.cacheMissFactor;
  // Cache misses cost CPU too, which lowers what one instance can serve.
  const cpuFactor = 1 + 0.25 * (cacheFactor - 1);
  const mu = (s.instances * p.capacityPerInstance * (warm ? 0.6 : 1)) / cpuFactor;

  // Queue: what cannot be served waits; beyond the limit it is rejected.
  const total = s.backlog + demand * dt;
  const servedCount = Math.min(total, mu * dt);
  const remaining = total - servedCount;
  const rejectedCount = Math.max(0, remaining - p.queueLimit);
  s.backlog = remaining - rejectedCount;
  const served = servedCount / dt;
  const rejectedRps = rejectedCount / dt;
  const rho = Math.min(0.98, served / mu);

  // Memory: young generation saw-tooth driven by allocation ∝ throughput, plus long-lived data.
  if (cfg.cache.enabled) s.cache += (p.cacheMax - s.cache) * (1 - Math.exp(-dt / 1200));
  else s.cache = 0;
  const ceiling = DEMO_LIMITS.maxHeap * 0.97;
  const base = p.retainedBase * (1 + n[4]);
  if (s.leak) s.leaked = Math.min(s.leaked + s.leak.bytesPerStep, Math.max(0, ceiling - base - s.cache));
  const longLived = base + s.leaked + s.cache;
  const headroom = Math.max(DEMO_LIMITS.maxHeap * 0.995 - longLived, 2 * MIB);
  const youngCap = Math.min(p.youngMax, headroom * 0.8);
  s.young += (p.youngMax / 8) * (0.15 + served / p.peakRps) * (1 + 0.1 * gauss(r));
  if (s.young >= youngCap) s.young = youngCap * between(r, 0.02, 0.08);
  const memory = Math.min(longLived + s.young, DEMO_LIMITS.maxHeap * 0.995);
  const pressure = longLived / DEMO_LIMITS.maxHeap;
  // Major GC work grows quadratically once the heap is 70 % full.
  const gcLoad = pressure > 0.7 ? ((pressure - 0.7) / 0.3) ** 2 : 0;
  const gcPauseMs = 0.5 + 250 * gcLoad;

  // Dependencies and the connection pool.
  const depFail = dependencyFailure(p, ctx);
  const svc = p.serviceMs * Math.exp(n[1]) * cacheFactor * (warm ? 1.3 : 1);
  const poolPressure = ((served / s.instances) * svc) / 1000 / Math.max(1, cfg.pool.maxConnections);
  const poolWaitMs = poolPressure > 1 ? Math.min(cfg.pool.acquireTimeoutMs, svc * (poolPressure - 1) * 1.5) : 0;
  const poolErr = poolPressure > 1 ? (1 - 1 / poolPressure) * 0.35 : 0;
  const depDelayMs = depFail * DEPENDENCY_TIMEOUT_MS * (cfg.retry.enabled ? 0.6 : 0.35);
  const queueWaitMs = (s.backlog / mu) * 1000;
  const queueingMs = svc * (rho / (1 - rho)) * 0.5;

  const responseTime = svc + queueingMs + poolWaitMs + gcPauseMs + depDelayMs + queueWaitMs;
  const latency = ((svc + queueingMs) * 2.3 + poolWaitMs * 1.8 + gcPauseMs * 2.5 + depDelayMs * 1.6 + queueWaitMs * 1.2) * Math.exp(0.08 * gauss(r));

  // Errors: a low lognormal baseline, rare short blips, and whatever the incidents add.
  s.errorBlip *= 0.75;
  if (chance(r, 1 / 1500)) s.errorBlip += between(r, 0.01, 0.06);
  const memErr = pressure > 0.95 ? clamp((pressure - 0.95) / 0.02, 0, 1) * 0.3 : 0;
  const rejectShare = demand > 0 ? rejectedRps / demand : 0;
  const errorRate = clamp(p.baseErrorRate * Math.exp(n[2]) + s.errorBlip + depFail * (cfg.retry.enabled ? 0.45 : 0.6) + poolErr + memErr + rejectShare, 0, 1);

  const idle = (p.idleConnections * s.instances) / p.instances;
  // Little's law for requests in flight; queued work holds a client connection only up to a point.
  const connections = idle + served * p.keepAlive * Math.exp(n[5]) + (served * (responseTime - queueWaitMs)) / 1000 + Math.min(s.backlog, 500);
  const perReqCpu = (97 - p.baseCpu) / p.capacityPerInstance;
  const cpu = clamp(p.baseCpu + perReqCpu * (served / s.instances) * cpuFactor + 30 * gcLoad + (warm ? 15 : 0) + n[3], 0.5, 100);
  const queueDepth = s.backlog + s.instances * ((rho * rho) / (1 - rho)) * Math.exp(0.3 * gauss(r));

  const last = s.last;
  last[M.cpu] = Math.round(cpu * 100) / 100;
  last[M.memory] = Math.round(memory);
  last[M.responseTime] = Math.round(responseTime * 10) / 10;
  last[M.errorRate] = Math.round(errorRate * 1e5) / 1e5;
  last[M.throughput] = Math.round(served * 100) / 100;
  last[M.latency] = Math.round(latency * 10) / 10;
  last[M.connections] = Math.round(connections);
  last[M.queue] = Math.round(queueDepth);
  s.signals = { gcPauseMs, depFail, poolPressure, rejectedRps, demandRps: demand };
  if (s.warmupSteps > 0) s.warmupSteps--;
  s.rng = r.s;
}
