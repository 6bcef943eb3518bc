// Fault scenarios for the incident pipeline (issue 17: "every fault opens an incident within
// 60 s of its data arriving, noise opens none, and each top cause is right"). Each paints one
// fault onto 30 hours of a plugin's life (lib/aiops/rca/testing/build-scenario.ts: daily cycle,
// seeded noise, routine logs and health reports every 5 minutes) and says when the fault starts
// (its onset) and which root-cause category an operator would file it under (the categories
// lib/aiops/rca/operator-causes.test.ts and scenarios.test.ts establish). Magnitudes vary from
// modest (a 4 % error rate) to severe (20 %); every fault includes what a real plugin's agent
// would report: its own health turning degraded or unhealthy when it notices (pushed at once,
// then in its 5-minute reports), and the log lines of the failure.
//
// Plain data plus, for two faults, a real configuration save through the document route (the
// console stamps it with the real clock, so the configuration fault's timeline ends a few
// minutes after the real now, as in scenarios.test.ts).
import type { PluginHealthReport } from '@/schemas';
import { MiB, STEP, buildScenario, logBurst, ramp, rng, type Scenario } from '../../rca/testing/build-scenario';

export const MIN = 60_000;
export const HOUR = 3_600_000;

export type HealthStatus = PluginHealthReport['status'];

/** What a fault's setup may do through the console before its data is built (a real save). */
export interface FaultActionContext {
  pluginId: string;
  /** PUT /api/v1/plugins/{pluginId}/{kind} as an operator, on the current version; throws unless it answers 200. */
  saveDocument: (kind: 'sandbox' | 'aiops', body: Record<string, unknown>, comment?: string) => Promise<void>;
}

export interface FaultTimeline {
  /** When the fault starts hurting (epoch ms). */
  onset: number;
  /** The last minute of the scenario's data (its "now"). */
  end: number;
}

export interface ExpectedCause {
  /** The top root cause's protocol category. */
  category: string;
  /** Something the top cause's description or evidence must mention (the dependency, the deploy, ...). */
  mentions?: RegExp;
}

export interface FaultScenario {
  name: string;
  /** What happens, in one line. */
  summary: string;
  /** Where the fault sits on the clock, from the real clock after the action ran. */
  timeline: (clock: number) => FaultTimeline;
  /** The plugin's data, ending at `now` (the timeline's end). */
  build: (pluginId: string, now: number) => Scenario;
  /** A real save through the document route, before the data is built. */
  action?: (ctx: FaultActionContext) => Promise<void>;
  /** The expected top cause; null for noise, which must open no incident. */
  expected: ExpectedCause | null;
}

const floorMin = (t: number) => Math.floor(t / STEP) * STEP;
const iso = (t: number) => new Date(t).toISOString();
const tsOf = (h: { report: { timestamp: string } }) => Date.parse(h.report.timestamp);

const DAY = 24 * HOUR;
/** How long a fault at a time of day lasts: its data ends this long after its onset. */
const AFTER_ONSET_MS = 30 * MIN;

/**
 * Most faults start at a fixed time of day (UTC), each at its own (a deploy in working hours, a
 * certificate at midnight, a surge at the afternoon peak), on the latest day where their data
 * ends at least half an hour before the real clock: the daily cycle under the fault is then the
 * same on every run (the scenario is reproducible whenever the suite runs), and saves made now
 * (the autoRCA setting, a memory limit) fall after every analysis window. The fault lasts 30 min
 * unless `afterOnset` says otherwise.
 */
export const atTimeOfDay =
  (hourUtc: number, minute = 0, afterOnset = AFTER_ONSET_MS) =>
  (clock: number): FaultTimeline => {
    const latestEnd = floorMin(clock) - 30 * MIN;
    let onset = Math.floor(latestEnd / DAY) * DAY + hourUtc * HOUR + minute * MIN;
    while (onset + afterOnset > latestEnd) onset -= DAY;
    return { onset, end: onset + afterOnset };
  };

/** The onset of an `atTimeOfDay` scenario from its end. */
const onsetOf = (now: number) => now - AFTER_ONSET_MS;

/**
 * The plugin's own health says `status` from `at` on (until `until`): a report pushed when it
 * turned (agents report a change at once, not only on their 5-minute tick), and the periodic
 * reports after it. Dependencies are as the next periodic report has them. From `until` on the
 * reports are left as they were, and a report at `until` says it recovered.
 */
export function reportHealth(s: Scenario, at: number, status: HealthStatus, message: string, until = Number.POSITIVE_INFINITY): void {
  for (const h of s.health) {
    const t = tsOf(h);
    if (t >= at && t < until) Object.assign(h.report, { status, message });
  }
  const push = (t: number, st: HealthStatus, msg?: string) => {
    if (t > s.to || s.health.some((h) => tsOf(h) === t)) return;
    const model = s.health.find((h) => tsOf(h) >= t) ?? s.health[s.health.length - 1];
    s.health.push({ pluginId: s.pluginId, report: { ...structuredClone(model.report), status: st, timestamp: iso(t), ...(msg ? { message: msg } : {}) } });
  };
  push(at, status, message);
  if (Number.isFinite(until)) push(until, 'healthy');
  s.health.sort((a, b) => tsOf(a) - tsOf(b));
}

/** A few lines of one pattern scattered over [from, to) (a rare error the plugin always had). */
export function scattered(pluginId: string, from: number, to: number, count: number, seed: number, level: 'warn' | 'error', message: (i: number) => string): Scenario['events'] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => ({ pluginId, timestamp: Math.round(from + r() * (to - from)), kind: 'log' as const, level, message: message(i) }));
}

const reqId = (i: number, salt: number) => `req_${((i + 1) * 7919 + salt).toString(36)}`;

// ── 1. Bad deploy ────────────────────────────────────────────────────────────────────────────
const badDeploy: FaultScenario = {
  name: 'bad-deploy',
  summary: 'deploy 3.5.0, then errors 6 %, latency ×1.8, health degraded',
  timeline: atTimeOfDay(14, 0),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const s = buildScenario(pluginId, now, 101, {
      metric: (m, t, v) => {
        if (t < onset + MIN) return undefined; // the new pods take traffic a minute after the deploy starts
        if (m === 'error-rate') return v + 0.06;
        if (m === 'latency') return v * 1.8;
        if (m === 'response-time') return v * 1.7;
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 8 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 3.4.2', data: { version: '3.4.2' } },
      { pluginId, timestamp: onset - 3 * HOUR, kind: 'scale', level: 'info', message: 'Autoscaler added an instance' },
      { pluginId, timestamp: onset, kind: 'deploy', level: 'info', message: 'Deployed version 3.5.0 (checkout refactor)', data: { version: '3.5.0' } },
      ...logBurst(pluginId, onset + MIN, now + 1, 5, 'error', (i) => `Unhandled error in ${reqId(i, 11)}: TypeError: Cannot read properties of undefined (reading 'discountCode') at applyPromotions (/app/dist/checkout.js:214:31)`),
    );
    reportHealth(s, onset + 2 * MIN, 'degraded', 'error rate 6.1% above the 2% objective');
    return s;
  },
  expected: { category: 'code-defect', mentions: /3\.5\.0/ },
};

// ── 2. Failing dependency ────────────────────────────────────────────────────────────────────
const failingDependency: FaultScenario = {
  name: 'failing-dependency',
  summary: 'orders-db unhealthy first, then ECONNREFUSED errors naming it, errors 10 %',
  timeline: atTimeOfDay(3, 30),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const s = buildScenario(pluginId, now, 102, {
      dependency: (d, t) =>
        d === 'orders-db' && t >= onset
          ? { status: 'unhealthy', message: 'connect ECONNREFUSED 10.0.4.7:5432' }
          : d === 'session-cache' && Math.abs(t - (onset - 14 * HOUR)) < 6 * MIN
            ? { status: 'degraded', message: 'slow PING' }
            : undefined,
      metric: (m, t, v) => {
        if (t < onset + MIN) return undefined;
        if (m === 'error-rate') return v + 0.1;
        if (m === 'latency') return v + 260; // retries with back-off before giving up
        if (m === 'response-time') return v + 180;
        if (m === 'connection-count') return Math.max(0, Math.round(v * 0.3)); // the pool to orders-db is gone
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 3 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 2.0.3' },
      ...logBurst(pluginId, onset + MIN, now + 1, 6, 'error', (i) =>
        i % 3 === 2 ? 'Query failed: Connection terminated unexpectedly (orders-db)' : `Query failed for ${reqId(i, 22)}: connect ECONNREFUSED 10.0.4.7:5432 (orders-db.internal)`,
      ),
    );
    // The agent's dependency check fails at once: the plugin reports unhealthy when orders-db goes.
    reportHealth(s, onset, 'unhealthy', 'dependency orders-db is unhealthy: connect ECONNREFUSED 10.0.4.7:5432');
    return s;
  },
  expected: { category: 'dependency-failure', mentions: /orders-db/ },
};

// ── 3. Configuration change ──────────────────────────────────────────────────────────────────
// The save happens now (the console stamps it); the errors step up at the next minute, and the
// data may not run more than 5 minutes ahead of the real clock, so this fault has 4 minutes.
const CONFIG_AFTER_MIN = 4;
const configurationChange: FaultScenario = {
  name: 'configuration-change',
  summary: 'sandbox save (timeout 250 ms), then timeouts: errors 8 %, health degraded',
  action: ({ saveDocument }) => saveDocument('sandbox', { runtime: { engine: 'v8-isolate', resourceLimits: { timeout: 250 } } }, 'Tighten the request timeout'),
  timeline: (clock) => {
    const onset = Math.ceil(clock / STEP) * STEP;
    return { onset, end: onset + CONFIG_AFTER_MIN * MIN };
  },
  build: (pluginId, now) => {
    const onset = now - CONFIG_AFTER_MIN * MIN;
    const s = buildScenario(pluginId, now, 103, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        if (m === 'error-rate') return v + 0.08;
        if (m === 'response-time') return v * 0.7; // slow requests are cut short
        if (m === 'latency') return v + 70;
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 5 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 4.2.0', data: { version: '4.2.0' } },
      { pluginId, timestamp: onset - 9 * HOUR, kind: 'config-change', level: 'info', message: 'Agent applied feature flags', data: { changes: [{ path: 'featureFlags.fastCheckout', from: false, to: true }] } },
      ...logBurst(pluginId, onset, now + 1, 15, 'error', (i) => `Execution timed out after 250 ms in sandbox (handler /v1/orders, ${reqId(i, 33)})`),
    );
    reportHealth(s, onset + MIN, 'degraded', 'error rate 8% above the 2% objective');
    return s;
  },
  expected: { category: 'configuration', mentions: /sandbox\.runtime/ },
};

// ── 4. Memory leak to OOM ────────────────────────────────────────────────────────────────────
const HEAP_LIMIT = 256 * MiB;
const LEAK_MS = 5 * HOUR;
const OOM_EVERY = 7 * MIN;
const memoryLeak: FaultScenario = {
  name: 'memory-leak-oom',
  summary: 'heap climbs for 5 h to the 256 MiB limit, then OOM kills and restarts every 7 min',
  action: ({ saveDocument }) => saveDocument('sandbox', { memory: { maxHeap: HEAP_LIMIT } }, 'Heap limit'),
  timeline: atTimeOfDay(19, 20),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const crashes: number[] = [];
    for (let t = onset; t <= now; t += OOM_EVERY) crashes.push(t);
    // Before the first OOM the heap grows ~23 MiB an hour; after each restart the leaked
    // sessions are rebuilt from the retried requests and the heap is back at the limit in minutes.
    const heap = (t: number, v: number) => {
      if (t < onset) return Math.min(HEAP_LIMIT * 0.985, v + ramp(t, onset - LEAK_MS, LEAK_MS) * 118 * MiB);
      const since = (t - onset) % OOM_EVERY;
      return Math.min(HEAP_LIMIT * 0.985, v + 60 * MiB + (since / OOM_EVERY) * 90 * MiB);
    };
    const s = buildScenario(pluginId, now, 104, {
      metric: (m, t, v) => {
        if (m === 'memory-usage') return heap(t, v);
        const full = Math.max(0, heap(t, 130 * MiB) / HEAP_LIMIT - 0.85) / 0.15; // GC pressure near the limit
        const crashing = t >= onset && (t - onset) % OOM_EVERY < MIN;
        if (m === 'latency' || m === 'response-time') return v * (1 + 1.5 * full) * (crashing ? 2 : 1);
        if (m === 'error-rate' && t >= onset) return v + (crashing ? 0.15 : 0.02);
        if (m === 'throughput' && crashing) return v * 0.6;
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 8 * HOUR, kind: 'restart', level: 'info', message: 'Restarted for node maintenance' },
      ...logBurst(pluginId, onset - 40 * MIN, now + 1, 1, 'warn', (i) => `Heap usage ${236 + (i % 17)} MiB of 256 MiB after mark-compact, freed only 1.${i % 9} MiB`),
    );
    for (const c of crashes) {
      s.events.push(
        { pluginId, timestamp: c - 2000, kind: 'log', level: 'error', message: 'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory' },
        { pluginId, timestamp: c - 1000, kind: 'log', level: 'error', message: 'Process exited with code 134 (SIGABRT)' },
        { pluginId, timestamp: c + 5000, kind: 'restart', level: 'warn', message: 'Restarted by the supervisor after an out-of-memory exit' },
      );
    }
    reportHealth(s, onset, 'unhealthy', 'restarted after running out of memory (heap limit 256 MiB)');
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /memory|heap/i },
};

// ── 5. Network issue ─────────────────────────────────────────────────────────────────────────
const networkIssue: FaultScenario = {
  name: 'network-issue',
  summary: 'DNS failures and connection resets to api.payments.example, dependencies healthy, errors 5 %',
  timeline: atTimeOfDay(9, 15),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const s = buildScenario(pluginId, now, 105, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        if (m === 'error-rate') return v + 0.05;
        if (m === 'latency') return v + 400; // calls hang until their timeout
        if (m === 'response-time') return v + 150;
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 7 * HOUR, kind: 'config-change', level: 'info', message: 'Agent raised log level', data: { changes: [{ path: 'logLevel', from: 'info', to: 'debug' }] } },
      ...logBurst(pluginId, onset, now + 1, 5, 'error', (i) =>
        [`getaddrinfo ENOTFOUND api.payments.example`, `read ECONNRESET 10.2.${i % 9}.4:443 (${reqId(i, 55)})`, `socket hang up calling api.payments.example (${reqId(i, 56)})`][i % 3],
      ),
    );
    reportHealth(s, onset + 2 * MIN, 'degraded', 'payment provider calls failing');
    return s;
  },
  expected: { category: 'network-issue', mentions: /ENOTFOUND|ECONNRESET|getaddrinfo|socket hang up/ },
};

// ── 6. Code defect (no deploy) ───────────────────────────────────────────────────────────────
const codeDefect: FaultScenario = {
  name: 'code-defect',
  summary: 'a rare RangeError multiplies (month-end invoices), retries queue up, errors 4 %, no deploy',
  timeline: atTimeOfDay(10, 40),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const s = buildScenario(pluginId, now, 106, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        if (m === 'error-rate') return v + 0.04;
        if (m === 'queue-depth') return v + 9 + Math.round(ramp(t, onset, 10 * MIN) * 6); // failed exports are retried
        if (m === 'throughput') return v * 1.12;
        return undefined;
      },
    });
    const message = (i: number) => `Invoice export failed for ${reqId(i, 66)}: RangeError: Invalid time value at formatInvoiceDate (/app/dist/invoices.js:88:17)`;
    s.events.push(
      { pluginId, timestamp: onset - 26 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 7.0.4' },
      ...scattered(pluginId, onset - 24 * HOUR, onset - 2 * HOUR, 3, 606, 'error', message),
      ...logBurst(pluginId, onset, now + 1, 7, 'error', (i) => message(i + 10)),
    );
    reportHealth(s, onset + 3 * MIN, 'degraded', 'invoice export failing');
    return s;
  },
  expected: { category: 'code-defect', mentions: /RangeError/ },
};

// ── 7. Load surge ────────────────────────────────────────────────────────────────────────────
const loadSurge: FaultScenario = {
  name: 'load-surge',
  summary: 'throughput ×2.3 over 4 min, latency ×1.7, CPU +30 points, no change',
  timeline: atTimeOfDay(16, 0),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const s = buildScenario(pluginId, now, 107, {
      metric: (m, t, v) => {
        const k = ramp(t, onset, 4 * MIN);
        if (k === 0) return undefined;
        if (m === 'throughput') return v * (1 + 1.3 * k);
        if (m === 'latency') return v * (1 + 0.7 * k);
        if (m === 'response-time') return v * (1 + 0.6 * k);
        if (m === 'cpu-usage') return Math.min(97, v + 30 * k);
        if (m === 'connection-count') return Math.round(v * (1 + 0.9 * k));
        return undefined;
      },
    });
    s.events.push({ pluginId, timestamp: onset - 6 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 1.12.0' });
    reportHealth(s, onset + 4 * MIN, 'degraded', 'p95 latency 290 ms above the 250 ms objective');
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /throughput/ },
};

// ── 8. Expired TLS certificate ───────────────────────────────────────────────────────────────
const expiredCertificate: FaultScenario = {
  name: 'expired-certificate',
  summary: 'payments.internal certificate expired: errors 18 %, clients retry (throughput +25 %)',
  timeline: atTimeOfDay(0, 0),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const s = buildScenario(pluginId, now, 108, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        if (m === 'error-rate') return v + 0.18;
        if (m === 'throughput') return v * 1.25;
        if (m === 'response-time') return v * 0.75; // the handshake fails fast
        return undefined;
      },
    });
    s.events.push(...logBurst(pluginId, onset, now + 1, 10, 'error', (i) => `request to https://payments.internal/v1/charge failed (${reqId(i, 88)}): certificate has expired`));
    reportHealth(s, onset + MIN, 'degraded', 'check payments-tls failed: certificate has expired');
    return s;
  },
  expected: { category: 'configuration', mentions: /certificate/ },
};

// ── 9. Exhausted connection pool ─────────────────────────────────────────────────────────────
const exhaustedPool: FaultScenario = {
  name: 'exhausted-pool',
  summary: 'connections climb to 100 and stay; "sorry, too many clients already", errors 9 %',
  timeline: atTimeOfDay(12, 30),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const s = buildScenario(pluginId, now, 109, {
      metric: (m, t, v) => {
        if (m === 'connection-count') {
          const k = ramp(t, onset - 3 * MIN, 3 * MIN);
          return k === 0 ? undefined : Math.round(v + (100 - v) * k);
        }
        if (t < onset) return undefined;
        if (m === 'error-rate') return v + 0.09;
        if (m === 'latency') return v * 1.4; // waiting to acquire a connection
        return undefined;
      },
    });
    s.events.push(...logBurst(pluginId, onset, now + 1, 8, 'error', () => 'error: sorry, too many clients already'));
    reportHealth(s, onset + 2 * MIN, 'degraded', 'database queries failing');
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /too many clients|max_connections/ },
};

// ── 10. Crash loop ───────────────────────────────────────────────────────────────────────────
const crashLoop: FaultScenario = {
  name: 'crash-loop',
  summary: 'exits at start-up and restarts every 4 min; callers log ECONNRESET, errors 5-20 %',
  timeline: atTimeOfDay(7, 45),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const crashes: number[] = [];
    for (let t = onset + MIN; t <= now; t += 4 * MIN) crashes.push(t);
    const crashing = (t: number) => crashes.some((c) => t >= c && t < c + MIN);
    const s = buildScenario(pluginId, now, 110, {
      metric: (m, t, v) => {
        if (t < onset + MIN) return undefined;
        if (m === 'error-rate') return v + (crashing(t) ? 0.2 : 0.05);
        if (m === 'throughput' && crashing(t)) return v * 0.55;
        if ((m === 'latency' || m === 'response-time') && crashing(t)) return v * 1.8;
        return undefined;
      },
    });
    for (const c of crashes) {
      s.events.push(
        { pluginId, timestamp: c - 3000, kind: 'log', level: 'error', message: 'Uncaught exception: RangeError: Maximum call stack size exceeded at resolveRoutes (/app/dist/router.js:77:14)' },
        { pluginId, timestamp: c - 1000, kind: 'log', level: 'error', message: 'Process exited with code 1' },
        { pluginId, timestamp: c + 10_000, kind: 'restart', level: 'warn', message: 'Restarted by the supervisor (back-off 10s)' },
      );
    }
    s.events.push(...logBurst(pluginId, onset + MIN, now + 1, 6, 'error', (i) => `read ECONNRESET while calling inventory-api (${reqId(i, 1010)})`));
    reportHealth(s, onset + MIN, 'degraded', 'restarting: exited with code 1');
    return s;
  },
  expected: { category: 'code-defect', mentions: /crash loop/ },
};

// ── 11. Noise only ───────────────────────────────────────────────────────────────────────────
const noiseOnly: FaultScenario = {
  name: 'noise-only',
  summary: 'a one-minute GC pause (latency ×3) and a short burst of routine 422s; health stays healthy',
  timeline: atTimeOfDay(13, 0),
  build: (pluginId, now) => {
    const spike = onsetOf(now);
    const s = buildScenario(pluginId, now, 111, {
      metric: (m, t, v) => (t !== spike ? undefined : m === 'latency' ? v * 3 : m === 'response-time' ? v * 2.6 : undefined),
    });
    s.events.push(
      { pluginId, timestamp: spike - 6 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 1.9.4' },
      { pluginId, timestamp: spike + 20 * MIN, kind: 'scale', level: 'info', message: 'Autoscaler added an instance' },
      ...logBurst(pluginId, spike + 5 * MIN, spike + 8 * MIN, 2, 'error', (i) => `Request ${reqId(i, 1111)} failed: 422 ValidationError: field 'zip' is invalid`),
    );
    return s;
  },
  expected: null,
};

// ── 12. Bad import (data corruption) ─────────────────────────────────────────────────────────
// A nightly supplier import loads product records with a broken encoding; an hour later the
// morning traffic reads them: decoding fails on those records only (errors 3 %), the rest works.
// No deploy, no configuration change, dependencies healthy: the data is what is wrong.
const badImport: FaultScenario = {
  name: 'bad-import',
  summary: 'a supplier import stores records with a broken encoding; reading them fails: errors 3 %, health degraded',
  timeline: atTimeOfDay(7, 10),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const s = buildScenario(pluginId, now, 112, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        if (m === 'error-rate') return v + 0.03;
        if (m === 'response-time') return v * 1.15;
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 22 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 5.2.1' },
      { pluginId, timestamp: onset - 70 * MIN, kind: 'other', level: 'info', message: 'Supplier catalogue import finished: 48 210 products imported' },
      ...logBurst(pluginId, onset, now + 1, 4, 'error', (i) =>
        i % 2
          ? `Failed to decode record prd_${(i * 7_331 + 17) % 99_999} from products: invalid byte sequence for encoding "UTF8": 0xe9 0x20`
          : `GET /v1/products/prd_${(i * 4_211 + 5) % 99_999} 500: checksum mismatch for stored product (expected 9f3a, got 41c0)`,
      ),
    );
    reportHealth(s, onset + 4 * MIN, 'degraded', 'product reads failing for imported records');
    return s;
  },
  expected: { category: 'data-corruption', mentions: /import/i },
};

// ── 13. Leaky release ────────────────────────────────────────────────────────────────────────
// Version 6.1.0 keeps a reference to every finished request's context. Memory, flat for days,
// climbs from the deploy on; four hours later the heap nears its limit, GC pauses stretch
// requests until callers time out (latency ×2.2, errors 4 %). No limit change, no dependency.
const LEAK_HEAP = 512 * MiB;
const leakyRelease: FaultScenario = {
  name: 'leaky-release',
  summary: 'deploy 6.1.0 leaks memory; 4 h later GC pauses near the 512 MiB heap: timeouts, errors 4 %, latency ×2.2',
  action: ({ saveDocument }) => saveDocument('sandbox', { memory: { maxHeap: LEAK_HEAP } }, 'Heap limit'),
  timeline: atTimeOfDay(15, 40),
  build: (pluginId, now) => {
    const onset = onsetOf(now);
    const deploy = onset - 4 * HOUR;
    const leaked = (t: number) => (t < deploy ? 0 : Math.min(1, (t - deploy) / (4.3 * HOUR)) * 330 * MiB);
    const s = buildScenario(pluginId, now, 113, {
      metric: (m, t, v) => {
        if (m === 'memory-usage') return Math.min(LEAK_HEAP * 0.98, v + leaked(t));
        if (t < onset) return undefined;
        if (m === 'latency') return v * 2.2;
        if (m === 'response-time') return v * 2;
        if (m === 'error-rate') return v + 0.04;
        if (m === 'cpu-usage') return Math.min(95, v + 18); // the collector runs hot
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: deploy, kind: 'deploy', level: 'info', message: 'Deployed version 6.1.0 (request tracing)', data: { version: '6.1.0' } },
      ...logBurst(pluginId, onset - 20 * MIN, now + 1, 2, 'warn', (i) => `GC pause ${700 + (i % 9) * 60} ms (mark-sweep), heap ${450 + (i % 30)} MiB`),
      ...logBurst(pluginId, onset, now + 1, 5, 'error', (i) => `Request ${reqId(i, 1313)} timed out after 3000 ms`),
    );
    reportHealth(s, onset + 3 * MIN, 'degraded', 'p95 latency above objective, long GC pauses');
    return s;
  },
  expected: { category: 'code-defect', mentions: /6\.1\.0/ },
};

export const FAULT_CATALOG: FaultScenario[] = [
  badDeploy,
  failingDependency,
  configurationChange,
  memoryLeak,
  networkIssue,
  codeDefect,
  loadSurge,
  expiredCertificate,
  exhaustedPool,
  crashLoop,
  noiseOnly,
  badImport,
  leakyRelease,
];

export function faultNamed(name: string): FaultScenario {
  const f = FAULT_CATALOG.find((x) => x.name === name);
  if (!f) throw new Error(`no fault scenario named ${name}`);
  return f;
}
