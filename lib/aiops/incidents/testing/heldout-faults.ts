// Held-out fault scenarios for the incident pipeline: a second catalog written without reading
// how the console detects anomalies, groups incidents or analyses root causes, so that it
// measures the product on faults it was not tuned on. Same type and conventions as
// fault-catalog.ts: each scenario paints one fault onto buildScenario's 30-hour normal day
// (daily cycle, seeded noise, routine logs with the odd known error, health reports every
// 5 minutes declaring orders-db and session-cache), says when the fault starts hurting (its
// onset) and names the root-cause category an experienced SRE would file it under, or null for
// noise, which should open no incident.
//
// Every expectation comes from the fault's nature (what an on-call engineer would write in the
// postmortem), not from any guess about the console's rules. All data goes through the ingest
// APIs as a plugin and its agent would send it (metrics, log and change events, health
// reports); nothing is saved through the console's document routes.
import { MiB, STEP, buildScenario, logBurst, ramp, rng } from '../../rca/testing/build-scenario';
import { HOUR, MIN, atTimeOfDay, type FaultScenario, reportHealth, scattered } from './fault-catalog';
import { addCheck, addDependency } from './agent-checks';

const DAY = 24 * HOUR;
const iso = (t: number) => new Date(t).toISOString();
const tsOf = (h: { report: { timestamp: string } }) => Date.parse(h.report.timestamp);
const GiB = 1024 * MiB;

/** How long after its onset a fault's data ends, unless the scenario says otherwise. */
const AFTER_ONSET_MS = 30 * MIN;


const reqId = (i: number, salt: number) => `req_${((i + 3) * 104_729 + salt).toString(36)}`;
const orderId = (i: number, salt: number) => `ord_${100_000 + (((i + 1) * 7_727 + salt * 31) % 900_000)}`;
const sku = (i: number, salt: number) => `sku_${10_000 + (((i + 5) * 3_571 + salt) % 90_000)}`;


// ── 1. Disk full ─────────────────────────────────────────────────────────────────────────────
// The plugin spools export files on its own 20 GiB volume; the volume has been filling for hours
// (the agent's disk check turns to warning at 90 %) and reaches 100 % at the onset. From then on
// every write fails with ENOSPC: the requests that persist something fail (7 %), the others
// slow down behind retries. Nothing changed and no dependency is unwell: the plugin ran out of
// a resource it owns, so an SRE files it as resource exhaustion.
const DISK_FULL_AT = atTimeOfDay(11, 20);
const diskFull: FaultScenario = {
  name: 'disk-full',
  summary: 'the plugin volume fills to 100 %: ENOSPC on every write, errors 7 %, latency ×1.5, health degraded',
  timeline: DISK_FULL_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    // 61 % a day ago, creeping up with the daily logs, then the spool grows fast for the last 6 h.
    const usedPct = (t: number) =>
      t >= onset ? 100 : Math.min(99.7, 61 + 7 * ramp(t, now - 30 * HOUR, 24 * HOUR) + 32 * ramp(t, onset - 6 * HOUR, 6 * HOUR) ** 1.4);
    const s = buildScenario(pluginId, now, 201, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 2 * MIN);
        if (m === 'error-rate') return v + 0.07 * k;
        if (m === 'latency') return v * (1 + 0.5 * k);
        if (m === 'response-time') return v * (1 + 0.35 * k);
        if (m === 'queue-depth') return v + Math.round(6 * k); // writes waiting for a retry
        return undefined;
      },
    });
    const j = rng(2011);
    for (let t = s.from; t <= s.to; t += STEP)
      s.points.push({ pluginId, metric: 'disk.used-percent', timestamp: t, value: Math.min(100, usedPct(t) + (t < onset ? (j() - 0.5) * 0.2 : 0)) });
    const spool = (i: number) =>
      `/var/lib/orders-worker/spool/export-${iso(onset).slice(0, 10).replaceAll('-', '')}-${String(4200 + i).padStart(5, '0')}.ndjson`;
    s.events.push(
      { pluginId, timestamp: onset - 6 * HOUR - 25 * MIN, kind: 'deploy', level: 'info', message: 'Deployed version 6.3.1', data: { version: '6.3.1' } },
      ...[3, 2, 1, 0.5, 0.25].map((h) => {
        const t = onset - h * HOUR;
        const p = usedPct(t);
        return {
          pluginId,
          timestamp: t,
          kind: 'log' as const,
          level: 'warn' as const,
          message: `Disk usage on /var/lib/orders-worker at ${p.toFixed(1)}% (${((p / 100) * 20).toFixed(1)} GiB of 20 GiB), ${Math.round((1 - p / 100) * 20 * 1024)} MiB free`,
        };
      }),
      ...logBurst(
        pluginId,
        onset,
        now + 1,
        5,
        'error',
        (i) =>
          [
            `Failed to persist order ${orderId(i, 1)} (${reqId(i, 201)}): Error: ENOSPC: no space left on device, write`,
            `Error: ENOSPC: no space left on device, open '${spool(i)}'`,
            `Export batch ${4200 + i} not written, will retry in 5s: ENOSPC: no space left on device`,
            `Failed to persist order ${orderId(i, 2)} (${reqId(i, 202)}): Error: ENOSPC: no space left on device, write`,
            `SqliteError: database or disk is full (local outbox /var/lib/orders-worker/outbox.db)`,
          ][i % 5],
      ),
    );
    addCheck(s, 'disk:/var/lib/orders-worker', (t) => {
      const p = usedPct(t);
      const data = { mount: '/var/lib/orders-worker', sizeBytes: 20 * GiB, usedPercent: Math.round(p * 10) / 10 };
      if (p >= 99.5) return { status: 'failed', message: `0 B free of 20 GiB (100% used)`, data };
      if (p >= 90) return { status: 'warning', message: `${p.toFixed(1)}% used`, data };
      return { status: 'passed', data };
    });
    reportHealth(s, onset + 20_000, 'degraded', 'disk /var/lib/orders-worker full (ENOSPC): order writes failing');
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /ENOSPC|no space left|disk/i },
};

// ── 2. Slow dependency ───────────────────────────────────────────────────────────────────────
// session-cache (Redis) does not go down: it answers, but in 300-700 ms instead of 1 ms. Every
// request reads its session there, so latency triples; the calls that exceed the 500 ms command
// timeout fail (errors +2.5 %). The plugin's agent reports session-cache degraded before the
// plugin itself turns degraded; the plugin changed nothing. The fault lies in a dependency,
// which is what an SRE would name (dependency failure), however mild.
const SLOW_DEP_AT = atTimeOfDay(15, 10);
const slowDependency: FaultScenario = {
  name: 'slow-dependency',
  summary: 'session-cache answers in 300-700 ms (status degraded): timeouts naming it, latency ×3, errors +2.5 %',
  timeline: SLOW_DEP_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const s = buildScenario(pluginId, now, 202, {
      dependency: (d, t) =>
        d === 'session-cache' && t >= onset - MIN ? { status: 'degraded', message: 'slow responses: PING p99 720 ms (threshold 50 ms)' } : undefined,
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 3 * MIN);
        if (m === 'latency') return v * (1 + 2 * k);
        if (m === 'response-time') return v * (1 + 1.8 * k);
        if (m === 'error-rate') return v + 0.025 * k;
        if (m === 'connection-count') return Math.round(v * (1 + 0.4 * k)); // requests hold their connections longer
        if (m === 'throughput') return v * (1 - 0.07 * k);
        return undefined;
      },
    });
    const j = rng(2021);
    s.events.push(
      { pluginId, timestamp: onset - 5 * HOUR - 10 * MIN, kind: 'deploy', level: 'info', message: 'Deployed version 3.8.4', data: { version: '3.8.4' } },
      { pluginId, timestamp: onset - 2 * HOUR, kind: 'scale', level: 'info', message: 'Autoscaler added an instance (3 → 4)' },
      ...logBurst(
        pluginId,
        onset,
        now + 1,
        6,
        'warn',
        (i) =>
          `Slow Redis command ${i % 4 === 3 ? 'EXPIRE' : 'GET'} sess:${(i * 48_271 + 7).toString(16)} on session-cache.internal:6379 took ${Math.round(280 + j() * 420)} ms`,
      ),
      ...logBurst(pluginId, onset + 30_000, now + 1, 3, 'error', (i) =>
        i % 4 === 3
          ? `Session refresh failed for ${reqId(i, 221)}: Error: Command timed out (session-cache.internal:6379)`
          : `Session lookup failed for ${reqId(i, 222)}: Error: Command timed out after 500 ms (GET sess:${(i * 69_621 + 3).toString(16)} on session-cache.internal:6379)`,
      ),
    );
    reportHealth(s, onset + 2 * MIN, 'degraded', 'dependency session-cache is degraded: commands taking 300-700 ms, some timing out');
    return s;
  },
  expected: { category: 'dependency-failure', mentions: /session-cache/ },
};

// ── 3. Upstream rate limiting ────────────────────────────────────────────────────────────────
// The shipping-rates provider the plugin calls for every checkout quote starts answering 429 Too
// Many Requests (its account limit was lowered on its side; the plugin's traffic is the usual
// afternoon level). The plugin retries with back-off, so latency rises by ×1.7, and fails the
// quote after three attempts: errors +4.5 %, successful throughput down 13 %. The agent declares
// the provider as a dependency and reports it degraded. An external service refusing work is a
// dependency failure.
const RATE_LIMIT_AT = atTimeOfDay(17, 5);
const SHIPRATES = { id: 'shiprates-api', host: 'api.shiprates.example', port: 443 };
const upstreamRateLimit: FaultScenario = {
  name: 'upstream-rate-limit',
  summary: 'api.shiprates.example answers 429 Too Many Requests: retries, errors +4.5 %, latency ×1.7, throughput -13 %',
  timeline: RATE_LIMIT_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const s = buildScenario(pluginId, now, 203, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 2 * MIN);
        if (m === 'error-rate') return v + 0.045 * k;
        if (m === 'latency') return v * (1 + 0.7 * k);
        if (m === 'response-time') return v * (1 + 0.5 * k);
        if (m === 'throughput') return v * (1 - 0.13 * k);
        if (m === 'queue-depth') return v + Math.round(4 * k); // quotes waiting for their retry
        return undefined;
      },
    });
    const j = rng(2031);
    s.events.push(
      { pluginId, timestamp: onset - 9 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 1.22.0', data: { version: '1.22.0' } },
      ...scattered(
        pluginId,
        onset - 20 * HOUR,
        onset - 3 * HOUR,
        2,
        2032,
        'warn',
        () => 'POST https://api.shiprates.example/v2/rates -> 503 Service Unavailable, retrying in 500 ms (attempt 1/3)',
      ),
      ...logBurst(pluginId, onset, now + 1, 10, 'warn', (i) => {
        const attempt = (i % 2) + 1;
        return `POST https://api.shiprates.example/v2/rates -> 429 Too Many Requests (retry-after: ${[20, 30, 15][i % 3]}), retrying in ${attempt * 1000 + Math.round(j() * 400)} ms (attempt ${attempt}/3)`;
      }),
      ...logBurst(
        pluginId,
        onset + 40_000,
        now + 1,
        4,
        'error',
        (i) =>
          `Shipping quote failed for ${reqId(i, 231)} after 3 attempts: 429 Too Many Requests from api.shiprates.example: {"error":"rate_limit_exceeded","message":"Request limit of 300 per minute exceeded for account acme-prod"}`,
      ),
    );
    addDependency(s, SHIPRATES, (t) =>
      t >= onset ? { status: 'degraded', message: 'HTTP 429 Too Many Requests on 38% of calls (x-ratelimit-remaining: 0)' } : undefined,
    );
    reportHealth(s, onset + 3 * MIN, 'degraded', 'dependency shiprates-api is rate limiting us (429 Too Many Requests); shipping quotes failing');
    return s;
  },
  expected: { category: 'dependency-failure', mentions: /shiprates|429|Too Many Requests|rate.?limit/i },
};

// ── 4. Worker pool / event-loop saturation ───────────────────────────────────────────────────
// Near the afternoon peak the plugin's CPU-bound work (PDF invoices rendered on 8 workers)
// outgrows its capacity: CPU climbs to 96-99 % and stays pinned, the request queue grows to its
// 200 limit, event-loop lag reaches seconds, latency ×2.5-4 and, once the queue is full, load
// shedding (503) and timeouts push errors to ~5 %. Traffic is only the usual peak (+8 %), and no
// deploy, configuration change or dependency problem is in sight: the plugin has run out of
// compute, which is resource exhaustion.
const SATURATION_AT = atTimeOfDay(14, 35);
const workerSaturation: FaultScenario = {
  name: 'worker-pool-saturation',
  summary: 'CPU pinned at 96-99 %, request queue grows to 200, event-loop lag in seconds, latency ×3.5, errors 1→5 %, no change',
  timeline: SATURATION_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const full = onset + 15 * MIN; // the queue reaches its limit, load shedding starts
    const j = rng(2041);
    const depth = (t: number) => Math.min(200, Math.round(200 * ramp(t, onset, 15 * MIN) ** 1.3));
    const s = buildScenario(pluginId, now, 204, {
      metric: (m, t, v) => {
        if (t < onset - 5 * MIN) return undefined;
        if (m === 'cpu-usage') {
          const k = ramp(t, onset - 5 * MIN, 5 * MIN);
          return v + (96 + j() * 3 - v) * k;
        }
        if (t < onset) return undefined;
        const k = ramp(t, onset, 15 * MIN);
        if (m === 'queue-depth') return v + depth(t) + (t >= full ? Math.round((j() - 0.5) * 10) : 0);
        if (m === 'latency') return v * (1 + 2.5 * k) + (t >= full ? j() * 60 : 0);
        if (m === 'response-time') return v * (1 + 2.2 * k);
        if (m === 'error-rate') return v + 0.01 * k + (t >= full ? 0.04 : 0);
        if (m === 'throughput') return v * 1.08 * (t >= full ? 0.95 : 1); // the usual peak; shed requests are not served
        if (m === 'connection-count') return Math.round(v * (1 + 0.6 * k));
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 20 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 9.1.2', data: { version: '9.1.2' } },
      {
        pluginId,
        timestamp: onset - 9 * HOUR,
        kind: 'config-change',
        level: 'info',
        message: 'Agent rotated log files',
        data: { changes: [{ path: 'logging.maxFiles', from: 10, to: 14 }] },
      },
      ...logBurst(
        pluginId,
        onset + 2 * MIN,
        now + 1,
        2,
        'warn',
        (i) => `Event loop lag ${Math.round(350 + i * 45 + j() * 200)} ms (threshold 200 ms); worker pool 8/8 busy, ${Math.min(200, 12 + i * 7)} tasks queued`,
      ),
      ...logBurst(
        pluginId,
        onset + 5 * MIN,
        full,
        2,
        'error',
        (i) => `Request ${reqId(i, 241)} timed out after 30000 ms waiting for a render worker (pool size 8, 8 busy)`,
      ),
      ...logBurst(pluginId, full, now + 1, 6, 'error', (i) =>
        i % 3 === 2
          ? `Request ${reqId(i, 242)} timed out after 30000 ms waiting for a render worker (pool size 8, 8 busy)`
          : `503 Service Unavailable for POST /v1/invoices/${orderId(i, 4)}/pdf (${reqId(i, 243)}): request queue full (200/200), shedding load`,
      ),
    );
    addCheck(s, 'worker-pool', (t) => {
      const q = t >= onset ? depth(t) : 0;
      const data = { size: 8, busy: t >= onset - 5 * MIN ? 8 : 5, queued: q };
      return q >= 100
        ? { status: 'failed', message: `8/8 workers busy, ${q} tasks queued`, data }
        : q > 20
          ? { status: 'warning', message: `8/8 workers busy, ${q} tasks queued`, data }
          : { status: 'passed', data };
    });
    reportHealth(s, onset + 4 * MIN, 'degraded', 'CPU 98%, event-loop lag 1.2 s, render queue growing');
    reportHealth(s, full, 'unhealthy', 'request queue full (200/200): shedding load with 503; CPU 99%');
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /cpu|worker|queue|event.?loop/i },
};

// ── 5. Deploy with a slow leak, then GC pauses ───────────────────────────────────────────────
// Version 2.14.0 goes out at 08:10; each request now leaves a little memory behind (~2 MiB a
// minute). Nothing is visible for 40 minutes; then, with the heap at two thirds of its 320 MiB
// limit, mark-compact pauses of 0.5-1.5 s start: latency ×1.3 growing to ×2, spikes ×3 every
// few minutes, CPU up with the GC, a trickle of timeouts. No OOM yet. The previous version ran
// flat for a day: the regression came with the deploy, so the cause is a code defect.
const LEAK_AT = atTimeOfDay(8, 50);
const leakyDeploy: FaultScenario = {
  name: 'leaky-deploy-gc-pauses',
  summary: 'deploy 2.14.0, heap grows 2 MiB/min, 40 min later GC pauses: latency ×2 with ×3 spikes, CPU +15, errors +1 %',
  timeline: LEAK_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const deploy = onset - 40 * MIN;
    const leaked = (t: number) => (t < deploy + MIN ? 0 : ((t - deploy) / MIN) * 2 * MiB);
    const pause = (t: number) => t >= onset && Math.round((t - onset) / MIN) % 3 === 1; // a long mark-compact about every 3 min
    const s = buildScenario(pluginId, now, 205, {
      metric: (m, t, v) => {
        if (m === 'memory-usage') {
          if (t >= deploy && t < deploy + MIN) return v - 12 * MiB; // the fresh process starts small
          return v + leaked(t);
        }
        if (t < onset) return undefined;
        const k = ramp(t, onset, AFTER_ONSET_MS);
        const p = pause(t);
        if (m === 'latency') return v * (1.3 + 0.7 * k) * (p ? 1.6 : 1);
        if (m === 'response-time') return v * (1.25 + 0.6 * k) * (p ? 1.5 : 1);
        if (m === 'cpu-usage') return Math.min(99, v + 8 + 10 * k);
        if (m === 'error-rate') return v + (p ? 0.015 : 0.004);
        return undefined;
      },
    });
    const j = rng(2051);
    const heapAt = (t: number) => 131 + leaked(t) / MiB; // about where the old version sat at this hour
    s.events.push(
      { pluginId, timestamp: onset - 22 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 2.13.3', data: { version: '2.13.3' } },
      {
        pluginId,
        timestamp: deploy,
        kind: 'deploy',
        level: 'info',
        message: 'Deployed version 2.14.0 (pricing rules engine upgrade)',
        data: { version: '2.14.0', previous: '2.13.3', commit: '7c1e9a4' },
      },
      { pluginId, timestamp: deploy + 15_000, kind: 'restart', level: 'info', message: 'Restarted for deploy of 2.14.0' },
      {
        pluginId,
        timestamp: deploy + 18_000,
        kind: 'log',
        level: 'info',
        message: 'Server listening on 0.0.0.0:8080 (version 2.14.0, node v20.11.1, --max-old-space-size=320)',
      },
    );
    for (let t = onset + MIN; t <= now; t += MIN) {
      if (!pause(t)) continue;
      const h = heapAt(t);
      s.events.push({
        pluginId,
        timestamp: t + Math.round(j() * 40_000),
        kind: 'log',
        level: 'warn',
        message: `GC mark-compact pause ${Math.round(500 + ((t - onset) / AFTER_ONSET_MS) * 700 + j() * 300)} ms (heap ${h.toFixed(1)} MiB -> ${(h - 2 - j() * 3).toFixed(1)} MiB, limit 320 MiB)`,
      });
    }
    s.events.push(
      ...logBurst(pluginId, onset + 2 * MIN, now + 1, 1, 'error', (i) => `Request ${reqId(i, 251)} GET /v1/prices/${sku(i, 5)} timed out after 2000 ms`),
    );
    reportHealth(s, onset + 4 * MIN, 'degraded', 'p95 latency 380 ms above the 250 ms objective; heap 68% of limit and rising');
    return s;
  },
  expected: { category: 'code-defect', mentions: /2\.14\.0/ },
};

// ── 6. Runtime setting changed by the deploy tooling ─────────────────────────────────────────
// The deploy pipeline applies a new revision of the plugin's runtime settings (an environment
// variable, not a console document): DB_POOL_MAX goes from 40 to 4, a typo for 40 in the
// overlay. Three minutes later, as the morning traffic grows, requests queue for a database
// connection and Knex gives up after its acquire timeout: errors 5.5 %, latency ×2.4,
// connections to orders-db capped at 8 (4 per instance). The database itself is healthy. The
// trigger is the setting change, and reverting it is the fix: configuration.
const CONFIG_AT = atTimeOfDay(10, 5);
const runtimeSettingChange: FaultScenario = {
  name: 'runtime-setting-change',
  summary: 'config-change DB_POOL_MAX 40 → 4 from the deploy tooling, then Knex pool timeouts: errors 5.5 %, latency ×2.4',
  timeline: CONFIG_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const change = onset - 3 * MIN + 20_000;
    const j = rng(2061);
    const s = buildScenario(pluginId, now, 206, {
      metric: (m, t, v) => {
        if (t >= change && m === 'connection-count') return 8 - (j() < 0.1 ? 1 : 0);
        if (t < onset) return undefined;
        const k = ramp(t, onset, 3 * MIN);
        if (m === 'error-rate') return v + 0.055 * k;
        if (m === 'latency') return v * (1 + 1.4 * k);
        if (m === 'response-time') return v * (1 + 1.1 * k);
        if (m === 'queue-depth') return v + Math.round(12 * k + j() * 4 * k);
        return undefined;
      },
    });
    s.events.push(
      {
        pluginId,
        timestamp: onset - 20 * HOUR,
        kind: 'config-change',
        level: 'info',
        message: 'Runtime settings applied by deploy pipeline (config rev 3f0a2d1): FEATURE_NEW_SEARCH false → true',
        data: { source: 'argocd', revision: '3f0a2d1', changes: [{ path: 'env.FEATURE_NEW_SEARCH', from: 'false', to: 'true' }] },
      },
      { pluginId, timestamp: onset - 7 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 5.0.2', data: { version: '5.0.2' } },
      {
        pluginId,
        timestamp: change,
        kind: 'config-change',
        level: 'info',
        message: 'Runtime settings applied by deploy pipeline (config rev b41c9e2): DB_POOL_MAX 40 → 4',
        data: { source: 'argocd', revision: 'b41c9e2', changes: [{ path: 'env.DB_POOL_MAX', from: '40', to: '4' }] },
      },
      {
        pluginId,
        timestamp: change + 25_000,
        kind: 'log',
        level: 'info',
        message: 'Database pool orders-db reconfigured: min 2, max 4, acquireTimeoutMillis 2000',
      },
      ...logBurst(pluginId, onset, now + 1, 2, 'warn', (i) => `Pool orders-db exhausted: 4/4 connections in use, ${18 + ((i * 7) % 23)} pending acquires`),
      ...logBurst(
        pluginId,
        onset + 20_000,
        now + 1,
        5,
        'error',
        (i) =>
          `GET /v1/orders/${orderId(i, 6)} failed (${reqId(i, 261)}): KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?`,
      ),
    );
    reportHealth(s, onset + 2 * MIN, 'degraded', 'database pool saturated: 4 of 4 connections busy, requests waiting over 2 s');
    return s;
  },
  expected: { category: 'configuration', mentions: /DB_POOL_MAX/ },
};

// ── 7. Message queue backlog ─────────────────────────────────────────────────────────────────
// The plugin consumes order events from a RabbitMQ queue. At the afternoon peak publishers send
// ~70 messages a minute while the consumers manage ~52: the backlog (queue-depth) climbs steadily
// by ~18 a minute to over 700 (the oldest message ~14 min old), end-to-end latency grows with it (×2.6), CPU rises as the
// consumers run flat out, errors stay low (a few redeliveries). The broker is healthy, nothing
// changed: the consumers lack capacity, which is resource exhaustion.
const QUEUE_AFTER_ONSET = 40 * MIN;
const QUEUE_AT = atTimeOfDay(16, 20, QUEUE_AFTER_ONSET);
const BROKER = { id: 'order-events-broker', host: 'rabbitmq.internal', port: 5672 };
const queueBacklog: FaultScenario = {
  name: 'queue-backlog',
  summary: 'consumers fall behind: queue-depth +18/min to 700+, latency ×2.6, CPU +18, errors +0.4 %, broker healthy',
  timeline: QUEUE_AT,
  build: (pluginId, now) => {
    const onset = now - QUEUE_AFTER_ONSET;
    const j = rng(2071);
    const backlog = (t: number) => (t < onset ? 0 : ((t - onset) / MIN) * 18);
    const s = buildScenario(pluginId, now, 207, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const b = backlog(t);
        if (m === 'queue-depth') return Math.round(v + b + (j() - 0.5) * 14);
        if (m === 'latency') return v * (1 + (1.6 * b) / 720);
        if (m === 'response-time') return v * 1.08;
        if (m === 'cpu-usage') return Math.min(97, v + 18 * ramp(t, onset, 5 * MIN));
        if (m === 'error-rate') return v + 0.004;
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 11 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 4.4.0', data: { version: '4.4.0' } },
      { pluginId, timestamp: onset - 4 * HOUR, kind: 'restart', level: 'info', message: 'Restarted after node drain (kernel update)' },
      ...logBurst(pluginId, onset + 4 * MIN, now + 1, 1, 'warn', (i) => {
        const b = Math.round(backlog(onset + 4 * MIN + i * MIN));
        return `Consumer lag on queue order-events: ${b} messages ready, oldest ${(b / 52 + 0.1).toFixed(1)} min old; consuming 52 msg/min, publishing 70 msg/min`;
      }),
      ...logBurst(
        pluginId,
        onset + 8 * MIN,
        now + 1,
        0.5,
        'warn',
        (i) => `Message order.created (${orderId(i, 7)}) redelivered (x-delivery-count 2) after consumer ack timeout`,
      ),
    );
    addDependency(s, BROKER, () => undefined);
    addCheck(s, 'queue:order-events', (t) => {
      const b = Math.round(backlog(t));
      const data = { queue: 'order-events', ready: b + 2, consumers: 6 };
      return b > 300
        ? { status: 'failed', message: `${b} messages waiting, oldest ${(b / 52 + 0.1).toFixed(1)} min`, data }
        : b > 60
          ? { status: 'warning', message: `${b} messages waiting`, data }
          : { status: 'passed', data };
    });
    reportHealth(s, onset + 12 * MIN, 'degraded', 'consumer lag on order-events: 216 messages waiting, oldest 4.2 min old and growing');
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /queue|backlog|lag|consumer/i },
};

// ── 8. Data corruption after an import ───────────────────────────────────────────────────────
// The nightly catalog import runs as every night, but tonight's supplier feed arrives in
// Windows-1252 instead of UTF-8 and a batch of records is stored with broken bytes. From then on,
// reads of those records (about 3 % of requests) fail with invalid byte sequences, JSON parse
// errors and checksum mismatches; the rest of the traffic, latency and every dependency are
// normal. Bad data, not bad code or a failing service: data corruption.
const CORRUPTION_AT = atTimeOfDay(2, 15);
const IMPORT_RUN = (t: number, rows: number, encoding: string, secs: number) => ({
  kind: 'other' as const,
  level: 'info' as const,
  timestamp: t,
  message: `Catalog import catalog-import-${iso(t).slice(0, 10)} finished: ${rows.toLocaleString('en-US')} rows upserted from sftp://feeds.acme-supplier.example/catalog/products.csv (source encoding ${encoding}) in ${Math.floor(secs / 60)}m${secs % 60}s`,
  data: { job: 'catalog-import', rows, encoding },
});
const importCorruption: FaultScenario = {
  name: 'import-data-corruption',
  summary: 'after the nightly import, 3 % of reads fail: invalid byte sequence, JSON parse errors, checksum mismatches; latency normal',
  timeline: CORRUPTION_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const done = onset - 2 * MIN - 10_000;
    const s = buildScenario(pluginId, now, 208, {
      metric: (m, t, v) => (t >= onset && m === 'error-rate' ? v + 0.03 : undefined),
    });
    s.events.push(
      { pluginId, ...IMPORT_RUN(done - DAY + 40_000, 47_902, 'UTF-8', 252) },
      {
        pluginId,
        timestamp: done - DAY + 40_000 - 252_000,
        kind: 'log',
        level: 'info',
        message: 'Catalog import catalog-import started (feed products.csv, 11.7 MiB)',
      },
      { pluginId, timestamp: done - 239_000, kind: 'log', level: 'info', message: 'Catalog import catalog-import started (feed products.csv, 11.8 MiB)' },
      { pluginId, ...IMPORT_RUN(done, 48_366, 'windows-1252', 239) },
      ...logBurst(
        pluginId,
        onset,
        now + 1,
        3,
        'error',
        (i) =>
          [
            `Failed to load product ${sku(i, 8)} for ${reqId(i, 281)}: invalid byte sequence for encoding "UTF8": 0xe9 0x20 0x${(0x41 + (i % 20)).toString(16)}`,
            `Deserialization failed for catalog record ${sku(i, 9)}: SyntaxError: Bad control character in string literal in JSON at position ${120 + ((i * 37) % 300)}`,
            `Checksum mismatch on catalog record ${sku(i, 10)}: stored crc32 0x${((i * 2_654_435_761) >>> 0).toString(16).padStart(8, '0')}, computed 0x${((i * 40_503 + 99) >>> 0).toString(16).padStart(8, '0')}`,
            `GET /v1/products/${sku(i, 11)} failed (${reqId(i, 282)}): invalid byte sequence for encoding "UTF8": 0x96`,
          ][i % 4],
      ),
    );
    reportHealth(s, onset + 4 * MIN, 'degraded', 'catalog reads failing for records from the last import (decode and checksum errors)');
    return s;
  },
  expected: { category: 'data-corruption', mentions: /invalid byte sequence|checksum|Deserialization|import/i },
};

// ── 9. Noise: the nightly batch ──────────────────────────────────────────────────────────────
// Every night at 01:30 the reconciliation job runs for 20 minutes: throughput and CPU roughly
// double, connections and memory rise a little, latency does not move, health stays healthy.
// It ran the same way the night before. A scheduled, expected load with no harm: no incident.
const BATCH_AT = atTimeOfDay(1, 30);
const nightlyBatch: FaultScenario = {
  name: 'noise-nightly-batch',
  summary: 'the nightly reconciliation job, as the night before: throughput +55/min and CPU +25 points for 20 min, latency flat, healthy',
  timeline: BATCH_AT,
  build: (pluginId, now) => {
    const start = now - AFTER_ONSET_MS;
    const runs = [start - DAY, start];
    const k = (t: number) => {
      for (const r of runs) if (t >= r && t < r + 20 * MIN) return Math.min(ramp(t, r, 2 * MIN), 1 - ramp(t, r + 18 * MIN, 2 * MIN));
      return 0;
    };
    const s = buildScenario(pluginId, now, 209, {
      metric: (m, t, v) => {
        const x = k(t);
        if (x === 0) return undefined;
        if (m === 'throughput') return v + 55 * x;
        if (m === 'cpu-usage') return v + 25 * x;
        if (m === 'connection-count') return Math.round(v + 8 * x);
        if (m === 'memory-usage') return v + 14 * MiB * x;
        return undefined;
      },
    });
    runs.forEach((r, n) => {
      const orders = [18_440, 18_912][n];
      s.events.push(
        { pluginId, timestamp: r, kind: 'log', level: 'info', message: `Nightly reconciliation started (batch ${iso(r).slice(0, 10)}, cron "30 1 * * *")` },
        ...[5, 10, 15].map((m) => ({
          pluginId,
          timestamp: r + m * MIN,
          kind: 'log' as const,
          level: 'info' as const,
          message: `Nightly reconciliation: ${Math.round((orders * m) / 20)} of ${orders} orders reconciled`,
        })),
        {
          pluginId,
          timestamp: r + 19 * MIN + 52_000,
          kind: 'log',
          level: 'info',
          message: `Nightly reconciliation finished: ${orders} orders reconciled, 0 mismatches, in 19m52s`,
        },
      );
    });
    return s;
  },
  expected: null,
};

// ── 10. Noise: a harmless deploy ─────────────────────────────────────────────────────────────
// Version 5.3.1 is deployed at 11:45; the process restarts, answers slowly for one minute while
// its caches warm (latency ×1.8), memory starts lower and refills, CPU is briefly up for the
// JIT. No errors, health healthy throughout (the agent reports right after the restart). A
// routine deploy without consequence: no incident.
const DEPLOY_AT = atTimeOfDay(11, 45);
const harmlessDeploy: FaultScenario = {
  name: 'noise-harmless-deploy',
  summary: 'deploy 5.3.1 and restart: a one-minute latency blip (×1.8) while caches warm, healthy throughout',
  timeline: DEPLOY_AT,
  build: (pluginId, now) => {
    const deploy = now - AFTER_ONSET_MS;
    const warm = deploy + MIN;
    const s = buildScenario(pluginId, now, 210, {
      metric: (m, t, v) => {
        if (t < deploy) return undefined;
        if (m === 'memory-usage') return v - 24 * MiB * (1 - ramp(t, deploy, 15 * MIN));
        if (t >= warm && t < warm + MIN) {
          if (m === 'latency') return v * 1.8;
          if (m === 'response-time') return v * 1.6;
          if (m === 'cpu-usage') return v + 12;
        }
        if (t >= warm + MIN && t < warm + 2 * MIN && m === 'cpu-usage') return v + 5;
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: deploy - 26 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 5.3.0', data: { version: '5.3.0' } },
      {
        pluginId,
        timestamp: deploy,
        kind: 'deploy',
        level: 'info',
        message: 'Deployed version 5.3.1 (dependency updates)',
        data: { version: '5.3.1', previous: '5.3.0', commit: 'e52b07d' },
      },
      { pluginId, timestamp: deploy + 12_000, kind: 'restart', level: 'info', message: 'Restarted for deploy of 5.3.1' },
      { pluginId, timestamp: deploy + 16_000, kind: 'log', level: 'info', message: 'Server listening on 0.0.0.0:8080 (version 5.3.1, node v20.11.1)' },
      { pluginId, timestamp: deploy + 40_000, kind: 'log', level: 'info', message: 'Warmed price cache: 12 480 entries in 2.1 s' },
    );
    const model = s.health.find((h) => tsOf(h) >= deploy) ?? s.health[s.health.length - 1];
    s.health.push({
      pluginId,
      report: { ...structuredClone(model.report), status: 'healthy', timestamp: iso(deploy + 20_000), message: 'started version 5.3.1' },
    });
    s.health.sort((a, b) => tsOf(a) - tsOf(b));
    return s;
  },
  expected: null,
};

export const HELDOUT_CATALOG: FaultScenario[] = [
  diskFull,
  slowDependency,
  upstreamRateLimit,
  workerSaturation,
  leakyDeploy,
  runtimeSettingChange,
  queueBacklog,
  importCorruption,
  nightlyBatch,
  harmlessDeploy,
];

export function heldoutFaultNamed(name: string): FaultScenario {
  const f = HELDOUT_CATALOG.find((x) => x.name === name);
  if (!f) throw new Error(`no held-out fault scenario named ${name}`);
  return f;
}
