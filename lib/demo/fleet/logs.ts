// Realistic log lines with variable parts (ids, durations, hosts, counts), so log templating
// and error-pattern matching in the console have something real to do.
import { M } from './physics';
import { DEMO_LIMITS, MIB, type DependencyLink, type PluginProfile } from './profiles';
import { between, intBetween, next, pick, token, type Rng } from './random';
import type { DependencyState, DemoPluginId, FleetEvent, FleetEventLevel, PluginSim } from './types';

const log = (pluginId: DemoPluginId, timestamp: number, level: FleetEventLevel, message: string, data?: Record<string, unknown>): FleetEvent =>
  data ? { pluginId, timestamp, kind: 'log', level, message, data } : { pluginId, timestamp, kind: 'log', level, message };

const ms = (r: Rng, around: number) => Math.max(1, Math.round(around * Math.exp(0.35 * (next(r) - 0.5) * 2)));
const ip = (r: Rng) => `10.0.${intBetween(r, 1, 12)}.${intBetween(r, 2, 250)}`;
const reqId = (r: Rng) => `req_${token(r, 10)}`;

type Template = (r: Rng, rt: number) => string;

const INFO: Record<DemoPluginId, Template[]> = {
  'checkout-api': [
    (r, rt) => `POST /v1/orders 201 ${ms(r, rt)}ms order=ord_${token(r)} items=${intBetween(r, 1, 7)} total=${between(r, 9, 320).toFixed(2)} EUR`,
    (r, rt) => `GET /v1/cart/cart_${token(r, 6)} 200 ${ms(r, rt * 0.4)}ms`,
    (r, rt) => `Payment authorized txn=pay_${token(r, 12)} provider=${pick(r, ['stripe', 'adyen', 'paypal'])} in ${ms(r, rt * 3)}ms`,
    (r) => `Order ord_${token(r)} handed to fulfilment (warehouse WH-${intBetween(r, 1, 6)})`,
  ],
  'inventory-sync': [
    (r, rt) => `Synced ${intBetween(r, 40, 900)} SKUs from warehouse-db in ${(ms(r, rt * 20) / 1000).toFixed(1)}s batch=b-${intBetween(r, 10000, 99999)}`,
    (r) => `Stock level updated sku=SKU-${intBetween(r, 10000, 99999)} qty=${intBetween(r, 0, 480)} warehouse=WH-${intBetween(r, 1, 6)}`,
    (r) => `Reservation res_${token(r)} confirmed for order ord_${token(r)}`,
  ],
  'notification-hub': [
    (r, rt) => `Sent email template=${pick(r, ['order-confirmation', 'shipping-update', 'password-reset', 'weekly-digest'])} to=${pick(r, ['j', 'm', 'a', 's', 'k'])}***@${pick(r, ['example.com', 'mail.example.org', 'shop.example.net'])} id=msg_${token(r, 12)} via smtp-relay in ${ms(r, rt)}ms`,
    (r, rt) => `Sent SMS id=sms_${token(r)} to=+49******${intBetween(r, 10, 99)} in ${ms(r, rt * 1.5)}ms`,
    (r) => `Push notification delivered id=push_${token(r)} devices=${intBetween(r, 1, 4)}`,
  ],
  'report-builder': [
    (r, rt) => `Report rpt_${token(r)} (${pick(r, ['sales-daily', 'inventory-weekly', 'returns-monthly', 'tax-summary'])}, ${pick(r, ['PDF', 'CSV', 'XLSX'])}, ${intBetween(r, 1, 48)} pages) built in ${(ms(r, rt) / 1000).toFixed(1)}s`,
    (r) => `Scheduled job ${pick(r, ['sales-daily', 'stock-forecast', 'carrier-invoices'])} queued run=run_${token(r)}`,
    (r) => `Uploaded report-${token(r, 6)}.pdf (${intBetween(r, 40, 4800)} KiB) to objects.internal/reports`,
  ],
  'search-indexer': [
    (r, rt) => `Indexed ${intBetween(r, 10, 500)} documents into catalogue-v7 in ${ms(r, rt * 8)}ms`,
    (r, rt) => `Refreshed index catalogue-v7 shard=${intBetween(r, 0, 5)} in ${ms(r, rt * 3)}ms`,
    (r) => `Applied ${intBetween(r, 1, 300)} catalogue changes from postgres-main (lsn 0/${token(r, 7).toUpperCase()})`,
  ],
};

const GENERIC_ERRORS: Template[] = [
  (r) => `Unhandled error in request ${reqId(r)}: TypeError: Cannot read properties of undefined (reading '${pick(r, ['sku', 'id', 'items', 'address'])}')`,
  (r) => `Request ${reqId(r)} failed: 422 ValidationError: field '${pick(r, ['quantity', 'email', 'currency', 'zip'])}' is invalid`,
  (r, rt) => `Upstream api.internal answered 503 for ${reqId(r)} after ${ms(r, rt * 2)}ms, giving up`,
];

export function infoLog(p: PluginProfile, s: PluginSim, t: number, r: Rng): FleetEvent {
  return log(p.id, t, 'info', pick(r, INFO[p.id])(r, s.last[M.responseTime]));
}

export function debugLog(p: PluginProfile, s: PluginSim, t: number, r: Rng): FleetEvent {
  const lines = [
    () => `Cache ${s.config.cache.enabled ? 'hit' : 'bypass'} key=${pick(r, ['tmpl', 'sku', 'cart', 'user'])}:${token(r, 6)}`,
    () => `GC scavenge ${between(r, 0.8, 6).toFixed(1)}ms, heap ${(s.last[M.memory] / MIB).toFixed(1)} MiB`,
    () => `Pool stats: ${intBetween(r, 1, s.config.pool.maxConnections)}/${s.config.pool.maxConnections} in use, 0 waiting`,
  ];
  return log(p.id, t, 'debug', pick(r, lines)());
}

function worstDependency(p: PluginProfile, deps: Record<string, DependencyState>, plugins: Record<DemoPluginId, PluginSim>): DependencyLink | null {
  let worst: DependencyLink | null = null;
  for (const d of p.dependencies) {
    const status = d.external ? deps[d.id]?.status : plugins[d.id as DemoPluginId]?.status;
    if (status === 'unhealthy' || status === 'failed' || status === 'recovering') if (!worst || d.weight > worst.weight) worst = d;
  }
  return worst;
}

function dependencyError(p: PluginProfile, d: DependencyLink, r: Rng): string {
  if (!d.external) return `Call to ${d.id} timed out after 5000ms (${pick(r, ['stock check', 'reservation', 'notify'])} for ${reqId(r)})`;
  return pick(r, [
    () => `Connection to ${d.host}:${d.port} timed out after 5000ms (attempt ${intBetween(r, 1, 3)}/3) ${reqId(r)}`,
    () => `read ECONNRESET ${ip(r)}:${d.port} while talking to ${d.id} (${reqId(r)})`,
    () => `getaddrinfo EAI_AGAIN ${d.host}`,
    () => `Query failed after ${intBetween(r, 800, 5000)}ms: Connection terminated unexpectedly (${d.id})`,
    () => `Circuit breaker '${d.id}' opened after ${intBetween(r, 10, 60)} consecutive failures`,
  ])();
}

/** One error line, blaming the cause that contributes most to the current error rate. */
export function errorLog(p: PluginProfile, s: PluginSim, t: number, r: Rng, deps: Record<string, DependencyState>, plugins: Record<DemoPluginId, PluginSim>): FleetEvent {
  const sig = s.signals;
  const heap = s.last[M.memory] / DEMO_LIMITS.maxHeap;
  const weights = [
    sig.depFail * 0.5,
    sig.poolPressure > 1 ? (1 - 1 / sig.poolPressure) * 0.35 : 0,
    heap > 0.95 ? 0.3 : 0,
    sig.demandRps > 0 ? sig.rejectedRps / sig.demandRps : 0,
    p.baseErrorRate + s.errorBlip,
  ];
  let roll = next(r) * weights.reduce((a, b) => a + b, 0);
  let which = 0;
  while (which < weights.length - 1 && roll >= weights[which]) roll -= weights[which++];
  const rt = s.last[M.responseTime];
  let message: string;
  if (which === 0) {
    const d = worstDependency(p, deps, plugins);
    message = d ? dependencyError(p, d, r) : pick(r, GENERIC_ERRORS)(r, rt);
  } else if (which === 1) {
    message = `Timed out acquiring connection from pool after ${s.config.pool.acquireTimeoutMs}ms (size=${s.config.pool.maxConnections}, waiting=${intBetween(r, 3, 60)}) ${reqId(r)}`;
  } else if (which === 2) {
    message = pick(r, [
      () => `Allocation failed in ${pick(r, ['JSON.parse', 'renderTemplate', 'buildResponse'])}: heap near limit (${(s.last[M.memory] / MIB).toFixed(0)} MiB of 256 MiB) ${reqId(r)}`,
      () => `Request ${reqId(r)} aborted after ${ms(r, rt * 2)}ms: event loop blocked by GC`,
    ])();
  } else if (which === 3) {
    message = `Queue full (${p.queueLimit} waiting): rejected job ${token(r, 10)} from ${pick(r, ['catalogue-import', 'price-update', 'api'])}`;
  } else {
    message = pick(r, GENERIC_ERRORS)(r, rt);
  }
  return log(p.id, t, 'error', message);
}

/** Once-a-minute warnings about conditions a real plugin would complain about. */
export function minuteWarnings(p: PluginProfile, s: PluginSim, t: number, r: Rng, deps: Record<string, DependencyState>): FleetEvent[] {
  const out: FleetEvent[] = [];
  const heap = s.last[M.memory] / DEMO_LIMITS.maxHeap;
  if (heap >= 0.8) out.push(log(p.id, t, 'warn', `Heap usage ${(s.last[M.memory] / MIB).toFixed(1)} MiB of 256 MiB (${Math.round(heap * 100)}%) after mark-compact, freed only ${between(r, 0.3, 4).toFixed(1)} MiB`));
  if (s.signals.gcPauseMs >= 50) out.push(log(p.id, t, 'warn', `Long GC pause: mark-compact took ${Math.round(s.signals.gcPauseMs * between(r, 1.5, 3))}ms`));
  if (s.backlog >= 0.02 * p.queueLimit) out.push(log(p.id, t, 'warn', `Queue backlog ${Math.round(s.backlog)} jobs, oldest waiting ${Math.round(s.last[M.latency] / 1000)}s`));
  if (s.last[M.cpu] >= 90) out.push(log(p.id, t, 'warn', `Worker saturated: CPU ${s.last[M.cpu].toFixed(0)}% over the last 60s on ${s.instances} instances`));
  if (s.signals.poolPressure > 1) out.push(log(p.id, t, 'warn', `Connection pool saturated: ${s.config.pool.maxConnections}/${s.config.pool.maxConnections} in use, ${intBetween(r, 5, 80)} waiting`));
  if (!s.config.cache.enabled) out.push(log(p.id, t, 'warn', `Cache disabled: ${intBetween(r, 200, 4000)} misses in the last minute`));
  for (const d of p.dependencies) {
    const st = d.external ? deps[d.id] : null;
    if (st && st.status !== 'healthy') out.push(log(p.id, t, 'warn', `Health check ${d.id} ${st.status}: ${st.message ?? 'slow responses'}`, { dependency: d.id, host: d.host }));
  }
  return out;
}
