// Held-out fault scenarios, second set: a third catalog for the incident pipeline, written (like
// heldout-faults.ts) without reading how the console detects anomalies, groups incidents or
// analyses root causes, and frozen before its first run, so that it measures the product on
// faults nobody tuned it on. Same type and conventions as fault-catalog.ts: each scenario paints
// one fault onto buildScenario's 30-hour normal day (daily cycle, seeded noise, routine logs with
// the odd known error, health reports every 5 minutes declaring orders-db and session-cache),
// says when the fault starts hurting (its onset) and names the root-cause category an
// experienced SRE would file it under, or null for noise, which should open no incident. The
// faults differ from those of both earlier catalogs (no OOM, no disk full, no refused or slow
// database, no DNS failure, no expired certificate, no pool or queue exhaustion, no bad import).
//
// Every expectation comes from the fault's nature (what an on-call engineer would write in the
// postmortem), not from any guess about the console's rules. All data goes through the ingest
// APIs as a plugin and its agent would send it (metrics, including a few custom ones such as
// process.open-fds, log and change events, health reports); nothing is saved through the
// console's document routes. Onsets are spread over the day (UTC), magnitudes from modest
// (errors +1 %) to severe (+22 %).
import { MiB, buildScenario, logBurst, ramp, rng } from '../../rca/testing/build-scenario';
import { HOUR, MIN, atTimeOfDay, type FaultScenario, type HealthStatus, reportHealth, scattered } from './fault-catalog';
import { addCheck, addDependency, addSeries } from './agent-checks';

const KiB = 1024;
const tsOf = (h: { report: { timestamp: string } }) => Date.parse(h.report.timestamp);

/** How long after its onset a fault's data ends, unless the scenario says otherwise. */
const AFTER_ONSET_MS = 30 * MIN;

const reqId = (i: number, salt: number) => `req_${((i + 11) * 130_363 + salt * 17).toString(36)}`;
const orderId = (i: number, salt: number) => `ord_${100_000 + (((i + 3) * 6_833 + salt * 47) % 900_000)}`;
const sku = (i: number, salt: number) => `sku_${10_000 + (((i + 9) * 4_691 + salt) % 90_000)}`;

// ── 1. Deploy leaking file descriptors, failing an hour later ───────────────────────────────
// Version 4.7.0 goes out at 09:30 with a rewritten webhook dispatcher that opens a new HTTPS
// client per delivery and never closes it. Each delivery leaves a socket behind: the process's
// open descriptors climb from ~180 to the 4096 ulimit over 70 minutes (the agent's descriptor
// check turns to warning at 75 %) while everything else looks normal. At 10:40 the table is
// full: accept(), connect(), DNS lookups and template reads fail with EMFILE, errors reach 14 %,
// throughput falls 15 % as new connections are refused, and the plugin reports itself unhealthy.
// The previous version ran flat for a day; the regression shipped with the deploy: code defect.
const FD_LIMIT = 4096;
const FD_LEAK_AT = atTimeOfDay(10, 40);
const fdLeakDeploy: FaultScenario = {
  name: 'fd-leak-deploy',
  summary: 'deploy 4.7.0 leaks sockets: open fds climb for 70 min to the 4096 limit, then EMFILE: errors 14 %, throughput -15 %, unhealthy',
  timeline: FD_LEAK_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const deploy = onset - 70 * MIN;
    const fds = (t: number) => {
      if (t >= onset) return FD_LIMIT - Math.round(2 + 2 * Math.sin(t / (3 * MIN))); // pinned at the limit
      const base = 172 + 14 * Math.sin(t / (37 * MIN)) + 9 * Math.sin(t / (11 * MIN));
      return Math.round(base + (FD_LIMIT - 200) * ramp(t, deploy + MIN, onset - deploy - MIN));
    };
    const s = buildScenario(pluginId, now, 301, {
      metric: (m, t, v) => {
        // Each leaked TLS socket keeps ~12 KiB of buffers alive: ~45 MiB by the time the table is full.
        if (m === 'memory-usage' && t >= deploy + MIN) return v + Math.max(0, fds(t) - 185) * 12 * KiB;
        if (t < onset) return undefined;
        const k = ramp(t, onset, 3 * MIN);
        if (m === 'error-rate') return v + 0.14 * k;
        if (m === 'throughput') return v * (1 - 0.15 * k);
        if (m === 'latency') return v * (1 + 0.45 * k); // retries of failed outbound calls
        if (m === 'response-time') return v * (1 + 0.25 * k);
        return undefined;
      },
    });
    addSeries(s, 'process.open-fds', fds);
    s.events.push(
      { pluginId, timestamp: onset - 23 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 4.6.3', data: { version: '4.6.3' } },
      {
        pluginId,
        timestamp: deploy,
        kind: 'deploy',
        level: 'info',
        message: 'Deployed version 4.7.0 (webhook dispatcher: per-partner HTTPS clients)',
        data: { version: '4.7.0', previous: '4.6.3', commit: 'a93d0f2' },
      },
      { pluginId, timestamp: deploy + 14_000, kind: 'restart', level: 'info', message: 'Restarted for deploy of 4.7.0' },
      {
        pluginId,
        timestamp: deploy + 17_000,
        kind: 'log',
        level: 'info',
        message: 'Server listening on 0.0.0.0:8080 (version 4.7.0, node v20.11.1, open files limit 4096)',
      },
    );
    for (let t = deploy + 2 * MIN; t < onset; t += 2 * MIN) {
      const n = fds(t);
      if (n < 0.7 * FD_LIMIT) continue;
      s.events.push({
        pluginId,
        timestamp: t + 5_000,
        kind: 'log',
        level: 'warn',
        message: `Open file descriptors ${n} of ${FD_LIMIT} (${Math.round((n / FD_LIMIT) * 100)}%): ${n - 41} sockets, 33 files, 8 pipes`,
      });
    }
    s.events.push(
      ...logBurst(
        pluginId,
        onset,
        now + 1,
        12,
        'error',
        (i) =>
          [
            'Server error: accept EMFILE on 0.0.0.0:8080, new connections refused',
            `Query failed for ${reqId(i, 1)}: Error: connect EMFILE 10.0.4.7:5432 - Local (undefined:undefined)`,
            `Webhook order.paid for ${orderId(i, 1)} not delivered (${reqId(i, 2)}): Error: getaddrinfo EMFILE hooks.partner-b.example`,
            `Failed to render receipt for ${orderId(i, 2)} (${reqId(i, 3)}): Error: EMFILE: too many open files, open '/app/templates/receipt.hbs'`,
            `Session lookup failed for ${reqId(i, 4)}: Error: connect EMFILE 10.0.6.12:6379 - Local (undefined:undefined)`,
          ][i % 5],
      ),
    );
    addCheck(s, 'process:file-descriptors', (t) => {
      const n = fds(t);
      const data = { open: n, limit: FD_LIMIT };
      if (n >= 0.98 * FD_LIMIT) return { status: 'failed', message: `${n} of ${FD_LIMIT} descriptors in use`, data };
      if (n >= 0.75 * FD_LIMIT) return { status: 'warning', message: `${n} of ${FD_LIMIT} descriptors in use`, data };
      return { status: 'passed', data };
    });
    reportHealth(s, onset + 40_000, 'unhealthy', `EMFILE: too many open files (${FD_LIMIT} of ${FD_LIMIT} descriptors in use); requests failing`);
    return s;
  },
  expected: { category: 'code-defect', mentions: /4\.7\.0/ },
};

// ── 2. Deploy introducing database deadlocks ─────────────────────────────────────────────────
// Version 3.2.0 (13:09) reserves all the lines of an order in one transaction, in the order the
// customer added them; concurrent checkouts of overlapping baskets now lock inventory rows in
// opposite orders. Postgres breaks each cycle after its 1 s deadlock_timeout by aborting one
// transaction: "deadlock detected (40P01)". The plugin retries twice, then fails the checkout:
// errors +2.5 %, latency ×1.35 from the lock waits, a few more connections held. orders-db is
// healthy and answers everything else; nothing else changed. A modest fault whose logs name the
// database, but the bug is in the new release's transaction ordering: code defect.
const DEADLOCK_AT = atTimeOfDay(13, 15);
const deadlockDeploy: FaultScenario = {
  name: 'db-deadlock-deploy',
  summary: 'deploy 3.2.0 reorders stock reservations: Postgres "deadlock detected" on inventory_items, errors +2.5 %, latency ×1.35, orders-db healthy',
  timeline: DEADLOCK_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const deploy = onset - 6 * MIN;
    const j = rng(3021);
    const s = buildScenario(pluginId, now, 302, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 4 * MIN);
        if (m === 'error-rate') return v + 0.025 * k;
        if (m === 'latency') return v * (1 + 0.35 * k);
        if (m === 'response-time') return v * (1 + 0.3 * k);
        if (m === 'connection-count') return Math.round(v + 6 * k); // transactions held open waiting on locks
        if (m === 'queue-depth') return v + Math.round(3 * k); // retried reservations
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 21 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 3.1.4', data: { version: '3.1.4' } },
      {
        pluginId,
        timestamp: onset - 13 * HOUR,
        kind: 'config-change',
        level: 'info',
        message: 'Agent applied feature flags',
        data: { changes: [{ path: 'featureFlags.giftWrap', from: false, to: true }] },
      },
      {
        pluginId,
        timestamp: deploy,
        kind: 'deploy',
        level: 'info',
        message: 'Deployed version 3.2.0 (reserve all order lines in one transaction)',
        data: { version: '3.2.0', previous: '3.1.4', commit: '5be71c0' },
      },
      { pluginId, timestamp: deploy + 12_000, kind: 'restart', level: 'info', message: 'Restarted for deploy of 3.2.0' },
      { pluginId, timestamp: deploy + 15_000, kind: 'log', level: 'info', message: 'Server listening on 0.0.0.0:8080 (version 3.2.0, node v20.11.1)' },
      ...logBurst(pluginId, onset, now + 1, 3, 'warn', (i) => {
        const attempt = (i % 2) + 1;
        return `Deadlock on inventory_items while reserving ${orderId(i, 21)} (${reqId(i, 21)}), retrying in ${attempt * 50} ms (attempt ${attempt}/3)`;
      }),
      ...logBurst(pluginId, onset + 20_000, now + 1, 4, 'error', (i) => {
        const a = 48_100 + ((i * 37) % 400);
        const b = 48_100 + ((i * 53 + 11) % 400);
        const tx = 99_172_300 + i * 7;
        return `Stock reservation failed for ${orderId(i, 22)} (${reqId(i, 22)}): error: deadlock detected (SQLSTATE 40P01). Process ${a} waits for ShareLock on transaction ${tx}; blocked by process ${b}. Process ${b} waits for ShareLock on transaction ${tx - 3}; blocked by process ${a}. (orders-db, relation inventory_items)`;
      }),
      ...logBurst(
        pluginId,
        onset + 40_000,
        now + 1,
        1,
        'warn',
        () => `Slow transaction reserve_stock took ${Math.round(1050 + j() * 900)} ms (waiting for lock on inventory_items)`,
      ),
    );
    reportHealth(s, onset + 5 * MIN, 'degraded', 'checkout failing for 2.4% of orders: deadlock detected while reserving stock');
    return s;
  },
  expected: { category: 'code-defect', mentions: /3\.2\.0/ },
};

// ── 3. Identity provider outage ──────────────────────────────────────────────────────────────
// Every authenticated request has its opaque token introspected at identity-provider (cached for
// 60 s). At 06:49 the identity provider starts answering 502/503 (its own database is down); the
// agent's dependency check reports it unhealthy within seconds, and as cached tokens expire the
// plugin rejects authenticated requests with 503: errors +22 %, latency +140 ms from the failed
// introspection attempts, throughput +12 % from clients retrying. The plugin changed nothing:
// a dependency failure, and a severe one.
const IDP_AT = atTimeOfDay(6, 50);
const IDP = { id: 'identity-provider', host: 'idp.internal', port: 443 };
const identityProviderOutage: FaultScenario = {
  name: 'identity-provider-outage',
  summary: 'identity-provider answers 502/503 (dependency unhealthy): token introspection fails, errors +22 %, latency +140 ms',
  timeline: IDP_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const down = onset - 20_000;
    const s = buildScenario(pluginId, now, 303, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 2 * MIN);
        if (m === 'error-rate') return v + 0.22 * k;
        if (m === 'latency') return v + 140 * k;
        if (m === 'response-time') return v + 90 * k;
        if (m === 'throughput') return v * (1 + 0.12 * k);
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 17 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 2.9.1', data: { version: '2.9.1' } },
      ...scattered(
        pluginId,
        onset - 26 * HOUR,
        onset - 4 * HOUR,
        3,
        3031,
        'warn',
        (i) => `Token introspection slow: POST https://idp.internal/oauth2/introspect took ${[1180, 1420, 1090][i % 3]} ms`,
      ),
      ...logBurst(pluginId, down, now + 1, 1, 'warn', (i) =>
        i % 2 === 0
          ? 'JWKS refresh failed: GET https://idp.internal/.well-known/jwks.json -> 503 Service Unavailable (keeping 2 cached keys)'
          : 'JWKS refresh failed: GET https://idp.internal/.well-known/jwks.json -> 502 Bad Gateway (keeping 2 cached keys)',
      ),
      ...logBurst(pluginId, onset, now + 1, 14, 'error', (i) =>
        i % 3 === 2
          ? `Rejecting ${reqId(i, 31)} with 503: identity-provider unavailable (token introspection failed after 2 attempts)`
          : `Token introspection failed for ${reqId(i, 32)}: POST https://idp.internal/oauth2/introspect -> ${i % 3 === 0 ? '502 Bad Gateway' : '503 Service Unavailable'}`,
      ),
    );
    addDependency(s, IDP, (t) => (t >= down ? { status: 'unhealthy', message: 'GET https://idp.internal/healthz -> 503 Service Unavailable' } : undefined));
    reportHealth(s, down, 'unhealthy', 'dependency identity-provider is unhealthy: token introspection returns 502/503, authenticated requests failing');
    return s;
  },
  expected: { category: 'dependency-failure', mentions: /identity-provider|idp\.internal/ },
};

// ── 4. Packet loss on the node's network path ───────────────────────────────────────────────
// At 21:40 a faulty link on the path out of the plugin's node starts dropping ~5 % of packets.
// Every TCP connection suffers at once: retransmits jump from 0.1 % to 4-6 %, connects and reads
// to orders-db, session-cache and the external geocoding API time out (ETIMEDOUT), latency ×1.5-2.3
// with spikes, errors +2-3 %. The agent's dependency probes see intermittent timeouts to both
// declared dependencies and report them degraded, though neither is unwell (their other clients
// are fine). Three unrelated destinations failing together, with retransmits as the tell:
// network issue.
const PACKET_LOSS_AT = atTimeOfDay(21, 40);
const packetLoss: FaultScenario = {
  name: 'packet-loss',
  summary: 'packet loss on the node: TCP retransmits 0.1 → 5 %, ETIMEDOUT to orders-db, session-cache and api.geocode.example, latency ×1.8, errors +2.8 %',
  timeline: PACKET_LOSS_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const j = rng(3041);
    const s = buildScenario(pluginId, now, 304, {
      dependency: (d, t) =>
        t >= onset ? { status: 'degraded', message: `intermittent timeouts: ${d === 'orders-db' ? 2 : 3} of 5 probes timed out (ETIMEDOUT)` } : undefined,
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        if (m === 'latency') return v * (1.45 + 0.9 * j());
        if (m === 'response-time') return v * (1.3 + 0.5 * j());
        if (m === 'error-rate') return v + 0.022 + 0.012 * j();
        if (m === 'connection-count') return Math.round(v * 1.25); // connections stuck in retransmission
        if (m === 'throughput') return v * 0.96;
        return undefined;
      },
    });
    const r = rng(3042);
    addSeries(s, 'net.tcp-retransmit-percent', (t) => (t >= onset ? 4.1 + 2.3 * r() : 0.05 + 0.1 * r()));
    const w = rng(3043);
    s.events.push(
      { pluginId, timestamp: onset - 10 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 11.4.0', data: { version: '11.4.0' } },
      // The external API times out now and then on any day.
      ...scattered(
        pluginId,
        onset - 27 * HOUR,
        onset - HOUR,
        3,
        3044,
        'error',
        (i) => `GET https://api.geocode.example/v1/lookup failed (${reqId(i, 40)}): ETIMEDOUT after 5000 ms`,
      ),
      ...logBurst(
        pluginId,
        onset + 20_000,
        now + 1,
        1,
        'warn',
        () => `TCP retransmits on eth0: ${(4.2 + 2 * w()).toFixed(1)}% of segments in the last minute (baseline 0.1%); 0 interface errors, 0 drops`,
      ),
      ...logBurst(
        pluginId,
        onset,
        now + 1,
        7,
        'error',
        (i) =>
          [
            `Query failed for ${reqId(i, 41)}: connect ETIMEDOUT 10.0.4.7:5432 (orders-db.internal)`,
            `Redis session-cache.internal:6379: read ETIMEDOUT, reconnecting (attempt ${(i % 3) + 1})`,
            `GET https://api.geocode.example/v1/lookup failed (${reqId(i, 42)}): ETIMEDOUT after 5000 ms`,
            `Query failed for ${reqId(i, 43)}: read ETIMEDOUT (orders-db.internal:5432)`,
          ][i % 4],
      ),
    );
    reportHealth(s, onset + 2 * MIN, 'degraded', 'timeouts to orders-db, session-cache and api.geocode.example; TCP retransmits 5.4% on eth0');
    return s;
  },
  expected: { category: 'network-issue', mentions: /retransmi|ETIMEDOUT|packet/i },
};

// ── 5. Noisy neighbour: CPU steal ────────────────────────────────────────────────────────────
// At 04:10, in the quietest hour, a co-tenant VM on the same hypervisor starts a heavy batch job.
// The plugin's vCPUs get ~35 % of their time stolen: the same night-time traffic now takes twice
// as long (latency ×2.2, event-loop delay in the hundreds of ms), the plugin's own CPU reading
// rises a little, a few requests miss their 1.5 s deadline (errors +0.9 %). No deploy, no change,
// no dependency problem, no extra traffic: the instance is starved of CPU it was promised,
// which an SRE files as resource exhaustion (host CPU contention).
const STEAL_AT = atTimeOfDay(4, 10);
const cpuSteal: FaultScenario = {
  name: 'noisy-neighbour-cpu-steal',
  summary: 'CPU steal 1 → 35 % from a co-tenant VM at night: latency ×2.4, event-loop delay 600 ms, errors +0.9 %, traffic normal',
  timeline: STEAL_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const j = rng(3051);
    const s = buildScenario(pluginId, now, 305, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 3 * MIN);
        if (m === 'latency') return v * (1 + 1.2 * k) + 40 * k * j();
        if (m === 'response-time') return v * (1 + 1.1 * k);
        if (m === 'cpu-usage') return v + 9 * k;
        if (m === 'error-rate') return v + 0.009 * k;
        if (m === 'queue-depth') return v + Math.round(4 * k);
        return undefined;
      },
    });
    const r = rng(3052);
    addSeries(s, 'cpu.steal-percent', (t) => 0.3 + 1.2 * r() + ramp(t, onset, 3 * MIN) * (32 + 7 * r()));
    const w = rng(3053);
    s.events.push(
      { pluginId, timestamp: onset - 15 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 8.0.1', data: { version: '8.0.1' } },
      { pluginId, timestamp: onset - 9 * HOUR, kind: 'scale', level: 'info', message: 'Autoscaler removed an instance (4 → 3)' },
      ...logBurst(
        pluginId,
        onset + 30_000,
        now + 1,
        1,
        'warn',
        () => `CPU steal ${(33 + 6 * w()).toFixed(1)}% on node-pool-b-7f3c over the last minute (hypervisor contention); load average 7.8 on 4 vCPUs`,
      ),
      ...logBurst(
        pluginId,
        onset + MIN,
        now + 1,
        2,
        'warn',
        () => `Event loop delay p99 ${Math.round(480 + w() * 260)} ms over the last 30 s (threshold 200 ms)`,
      ),
      ...logBurst(
        pluginId,
        onset + 2 * MIN,
        now + 1,
        1,
        'error',
        (i) =>
          `Request ${reqId(i, 51)} GET /v1/orders/${orderId(i, 51)} exceeded its 1500 ms deadline (${1380 + (i % 7) * 17} ms in handler, 12 ms waiting on orders-db)`,
      ),
    );
    reportHealth(s, onset + 4 * MIN, 'degraded', 'p95 latency 330 ms above the 250 ms objective; CPU steal 36% on node-pool-b-7f3c');
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /steal|cpu/i },
};

// ── 6. Corrupted cache entry ─────────────────────────────────────────────────────────────────
// The EU price list lives in session-cache under pricelist:eu:v7, rewritten every hour at :19 by
// another service (price-sync); the plugin reads it on every EU price lookup. Tonight's rewrite
// lands truncated at exactly 256 KiB (the usual entry is ~410 KiB): from then on every EU price
// lookup fails to gunzip or parse it (errors +5.5 %), while the cache answers fast (hit ratio
// unchanged), the plugin's code and settings are as they were and latency is normal. Bad bytes in
// a store that is otherwise healthy: data corruption.
const CACHE_AT = atTimeOfDay(23, 20);
const corruptedCacheEntry: FaultScenario = {
  name: 'corrupted-cache-entry',
  summary: 'cache entry pricelist:eu:v7 rewritten truncated (256 KiB): gunzip / JSON parse / checksum errors on EU lookups, errors +5.5 %, latency normal',
  timeline: CACHE_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const rewrite = onset - 35_000;
    const s = buildScenario(pluginId, now, 306, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        if (m === 'error-rate') return v + 0.055;
        if (m === 'response-time') return v * 0.97; // the failing lookups fail fast
        return undefined;
      },
    });
    const r = rng(3061);
    addSeries(s, 'cache.hit-ratio', () => 0.915 + 0.03 * r());
    for (let k = 0, t = rewrite; t >= s.from; k++, t -= HOUR) {
      const size = k === 0 ? 256 : 404 + ((k * 37) % 14);
      s.events.push({
        pluginId,
        timestamp: t,
        kind: 'log',
        level: 'info',
        message: `Price list pricelist:eu:v7 updated in session-cache by price-sync (version ${48_236 - k}, ${size} KiB gzip)`,
      });
    }
    s.events.push(
      { pluginId, timestamp: onset - 19 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 6.8.2', data: { version: '6.8.2' } },
      ...logBurst(
        pluginId,
        onset,
        now + 1,
        5,
        'error',
        (i) =>
          [
            `Failed to decode cache entry pricelist:eu:v7 for ${reqId(i, 61)}: Error: unexpected end of file (zlib gunzip)`,
            `GET /v1/prices/${sku(i, 61)} failed (${reqId(i, 62)}): price list pricelist:eu:v7 is unreadable: SyntaxError: Unexpected end of JSON input`,
            `Checksum mismatch on cache entry pricelist:eu:v7 (version 48236): header sha256 9f2c41e0…, computed ${((i * 2_654_435_761) >>> 0).toString(16).padStart(8, '0')}…`,
            `GET /v1/prices/${sku(i, 62)} failed (${reqId(i, 63)}): Failed to decode cache entry pricelist:eu:v7: Error: unexpected end of file (zlib gunzip)`,
          ][i % 4],
      ),
    );
    reportHealth(s, onset + 2 * MIN, 'degraded', 'EU price lookups failing: cache entry pricelist:eu:v7 cannot be decoded');
    return s;
  },
  expected: { category: 'data-corruption', mentions: /pricelist|decode|Unexpected end|checksum/i },
};

// ── 7. Payment gateway URL pointed at the sandbox ────────────────────────────────────────────
// At 15:44, at the afternoon peak, an operator's change to the plugin's settings in Consul points
// PAYMENTS_API_BASE_URL at the gateway's sandbox (copied from the staging key). The plugin hot
// reloads it within seconds; the live API key is then refused by the sandbox with 401 on every
// charge: checkouts fail (errors +15 %), clients retry (throughput +6 %), responses are fast. The
// gateway itself is fine (its production endpoint answers), the plugin's code unchanged: the
// setting change is the cause, reverting it is the fix: configuration.
const ENDPOINT_AT = atTimeOfDay(15, 45);
const paymentsEndpointConfig: FaultScenario = {
  name: 'payments-endpoint-config',
  summary: 'config-change PAYMENTS_API_BASE_URL → sandbox host via Consul, then 401 Invalid API Key on every charge: errors +15 %',
  timeline: ENDPOINT_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const change = onset - 40_000;
    const s = buildScenario(pluginId, now, 307, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN);
        if (m === 'error-rate') return v + 0.15 * k;
        if (m === 'throughput') return v * (1 + 0.06 * k);
        if (m === 'response-time') return v * (1 - 0.07 * k);
        if (m === 'latency') return v * (1 - 0.05 * k);
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 8 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 2.31.0', data: { version: '2.31.0' } },
      {
        pluginId,
        timestamp: onset - 16 * HOUR,
        kind: 'config-change',
        level: 'info',
        message: 'Configuration updated from Consul KV config/checkout/prod (modify index 884102): LOG_SAMPLING_RATE 0.1 → 0.2',
        data: { source: 'consul', key: 'config/checkout/prod', modifyIndex: 884_102, changes: [{ path: 'env.LOG_SAMPLING_RATE', from: '0.1', to: '0.2' }] },
      },
      // Card declines happen every day; they are not the incident.
      ...scattered(
        pluginId,
        onset - 28 * HOUR,
        onset - 10 * MIN,
        8,
        3071,
        'warn',
        (i) => `Charge declined for ${orderId(i, 70)}: 402 card_declined (insufficient_funds)`,
      ),
      {
        pluginId,
        timestamp: change,
        kind: 'config-change',
        level: 'info',
        message:
          'Configuration updated from Consul KV config/checkout/prod (modify index 884213): PAYMENTS_API_BASE_URL https://api.paygate.example → https://sandbox.api.paygate.example',
        data: {
          source: 'consul',
          key: 'config/checkout/prod',
          modifyIndex: 884_213,
          changes: [{ path: 'env.PAYMENTS_API_BASE_URL', from: 'https://api.paygate.example', to: 'https://sandbox.api.paygate.example' }],
        },
      },
      {
        pluginId,
        timestamp: change + 6_000,
        kind: 'log',
        level: 'info',
        message: 'Configuration reloaded (1 key changed): payment client re-created for https://sandbox.api.paygate.example',
      },
      ...logBurst(pluginId, onset, now + 1, 16, 'error', (i) =>
        i % 2 === 0
          ? `Charge failed for ${orderId(i, 71)} (${reqId(i, 71)}): 401 Unauthorized from https://sandbox.api.paygate.example/v1/charges: {"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_live_****3f9a"}}`
          : `Checkout ${orderId(i, 72)} aborted (${reqId(i, 72)}): payment authorisation failed (401 Unauthorized)`,
      ),
    );
    reportHealth(s, onset + 90_000, 'degraded', 'payment authorisation failing: 401 Unauthorized from the payment gateway on every charge');
    return s;
  },
  expected: { category: 'configuration', mentions: /PAYMENTS_API_BASE_URL/ },
};

// ── 8. Rate limit lowered below real traffic ─────────────────────────────────────────────────
// At 08:23 an operator tightens the plugin's own per-key rate limit through its admin API, from
// 6000 to 3000 requests a minute, meaning to slow down a misbehaving test key, but applies it to
// the default policy. The storefront's key sends ~3400 a minute at this hour and more as the
// morning grows: from 08:25 the plugin rejects its excess with 429 (counted as errors: +6 % rising
// to +11 %), successful throughput falls, responses are fast. No dependency, no deploy: the change
// is the cause: configuration.
const RATE_AT = atTimeOfDay(8, 25);
const rateLimitConfig: FaultScenario = {
  name: 'rate-limit-lowered',
  summary: 'admin sets the per-key rate limit 6000 → 3000/min: the storefront key gets 429s, errors +6 → +11 %, throughput -6 %',
  timeline: RATE_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const change = onset - 2 * MIN + 10_000;
    const s = buildScenario(pluginId, now, 308, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN);
        if (m === 'error-rate') return v + (0.06 + 0.05 * ramp(t, onset, AFTER_ONSET_MS)) * k;
        if (m === 'throughput') return v * (1 - 0.06 * k);
        if (m === 'response-time') return v * (1 - 0.06 * k);
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 25 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 1.40.2', data: { version: '1.40.2' } },
      {
        pluginId,
        timestamp: change,
        kind: 'config-change',
        level: 'info',
        message: 'Rate limit policy "default" updated by j.moreau via admin API: perKey.requestsPerMinute 6000 → 3000',
        data: { source: 'admin-api', user: 'j.moreau', changes: [{ path: 'rateLimit.policies.default.perKey.requestsPerMinute', from: 6000, to: 3000 }] },
      },
      { pluginId, timestamp: change + 2_000, kind: 'log', level: 'info', message: 'Rate limit policy reloaded: default per key 3000 requests/min (burst 300)' },
      ...logBurst(pluginId, onset, now + 1, 10, 'warn', (i) => {
        const used = 3000 + 120 + ((i * 97) % 700);
        return `429 Too Many Requests for API key storefront-bff (key_7Qx…): 3000 requests/min limit exceeded (${used} in the current window), retry-after ${1 + (i % 20)}s`;
      }),
    );
    reportHealth(s, onset + 3 * MIN, 'degraded', 'error rate 8% above the 2% objective: requests from storefront-bff rejected with 429 (rate limit)');
    return s;
  },
  expected: { category: 'configuration', mentions: /rate.?limit/i },
};

// ── 9. Noise: a planned database failover ────────────────────────────────────────────────────
// Announced maintenance MW-2291 switches orders-db over to its standby at 05:32, in the quietest
// hour. Connections drop, the pool reconnects to the promoted standby 38 s later: a minute and a
// half of errors (up to +3.5 %) and slower answers, the plugin reports degraded and, under two
// minutes later, healthy again. Everything is back to normal for the following 25 minutes. Planned,
// brief and self-healing: no incident.
const FAILOVER_AT = atTimeOfDay(5, 30);
const plannedFailover: FaultScenario = {
  name: 'noise-planned-failover',
  summary: 'announced orders-db failover: 90 s of connection errors (+3.5 %), degraded then healthy within 2 min, normal afterwards',
  timeline: FAILOVER_AT,
  build: (pluginId, now) => {
    const start = now - AFTER_ONSET_MS;
    const cut = start + 2 * MIN + 40_000;
    const back = cut + 38_000;
    const minute = (t: number) => Math.floor((t - Math.floor(cut / MIN) * MIN) / MIN); // 0 = the minute of the cut
    const s = buildScenario(pluginId, now, 309, {
      metric: (m, t, v) => {
        const n = minute(t);
        if (n < 0 || n > 2) return undefined;
        const k = [0.35, 1, 0.25][n]; // the cut comes 40 s into its minute
        if (m === 'error-rate') return v + 0.035 * k;
        if (m === 'latency') return v * (1 + 0.6 * k);
        if (m === 'response-time') return v * (1 + 0.5 * k);
        if (m === 'connection-count') return Math.round(v * (1 - 0.4 * k));
        if (m === 'throughput') return v * (1 - 0.08 * k);
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: start - 12 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 7.2.0', data: { version: '7.2.0' } },
      {
        pluginId,
        timestamp: start,
        kind: 'other',
        level: 'info',
        message: 'Maintenance MW-2291 started: planned switchover of orders-db to its standby (announced, expected impact < 2 min)',
        data: { maintenance: 'MW-2291', target: 'orders-db' },
      },
      ...logBurst(pluginId, cut, back + 45_000, 12, 'error', (i) =>
        i < 3
          ? `Query failed for ${reqId(i, 91)}: FATAL: terminating connection due to administrator command (orders-db)`
          : i % 2 === 0
            ? `Query failed for ${reqId(i, 92)}: Connection terminated unexpectedly (orders-db)`
            : `Query failed for ${reqId(i, 93)}: connect ECONNREFUSED 10.0.4.7:5432 (orders-db.internal)`,
      ),
      { pluginId, timestamp: back, kind: 'log', level: 'info', message: 'Connected to orders-db primary 10.0.4.9:5432 (promoted standby), refilling pool' },
      { pluginId, timestamp: back + 50_000, kind: 'log', level: 'info', message: 'Pool orders-db refilled: 20/20 connections' },
      {
        pluginId,
        timestamp: back + 3 * MIN,
        kind: 'other',
        level: 'info',
        message: 'Maintenance MW-2291 finished: orders-db switchover complete (write downtime 38 s)',
        data: { maintenance: 'MW-2291', target: 'orders-db' },
      },
    );
    reportHealth(s, cut + 15_000, 'degraded', 'dependency orders-db: connection lost, reconnecting', back + 70_000);
    for (const h of s.health) {
      if (tsOf(h) !== cut + 15_000) continue;
      h.report.dependencies = h.report.dependencies?.map((d) =>
        d.pluginId === 'orders-db'
          ? { ...d, status: 'recovering' as HealthStatus, message: 'connection terminated by administrator command, reconnecting' }
          : d,
      );
    }
    return s;
  },
  expected: null,
};

// ── 10. Noise: a marketing e-mail absorbed ───────────────────────────────────────────────────
// At 18:00 the spring-sale newsletter goes out: traffic climbs to ×1.9 in five minutes and eases
// to ×1.4 by the half hour. The autoscaler adds two instances (3 → 5); CPU is up while they join,
// then settles a few points above usual; latency barely moves (+5 % at the peak), errors do not,
// health stays healthy. The plugin absorbs the load it was built for: no incident.
const CAMPAIGN_AT = atTimeOfDay(18, 0);
const marketingBurst: FaultScenario = {
  name: 'noise-marketing-burst',
  summary: 'newsletter traffic ×1.9 absorbed by autoscaling (3 → 5 instances): CPU briefly +16, latency +5 %, errors flat, healthy',
  timeline: CAMPAIGN_AT,
  build: (pluginId, now) => {
    const start = now - AFTER_ONSET_MS;
    const traffic = (t: number) => (t < start ? 0 : 0.9 * ramp(t, start, 5 * MIN) - 0.5 * ramp(t, start + 12 * MIN, 18 * MIN)); // extra load, as a fraction
    const s = buildScenario(pluginId, now, 310, {
      metric: (m, t, v) => {
        const x = traffic(t);
        if (x <= 0) return undefined;
        const joining = ramp(t, start + 3 * MIN, 5 * MIN); // instances 4 and 5 take their share
        if (m === 'throughput') return v * (1 + x);
        if (m === 'cpu-usage') return v + 18 * x * (1 - 0.6 * joining);
        if (m === 'connection-count') return Math.round(v * (1 + 0.75 * x));
        if (m === 'latency') return v * (1 + 0.055 * x * (1 - 0.5 * joining));
        if (m === 'response-time') return v * (1 + 0.04 * x);
        if (m === 'memory-usage') return v + 6 * MiB * x;
        return undefined;
      },
    });
    const r = rng(3101);
    s.events.push(
      { pluginId, timestamp: start - 7 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 5.6.0', data: { version: '5.6.0' } },
      {
        pluginId,
        timestamp: start + 3 * MIN,
        kind: 'scale',
        level: 'info',
        message: 'Autoscaler added an instance (3 → 4): cpu-usage 71% above the 65% target',
      },
      {
        pluginId,
        timestamp: start + 6 * MIN,
        kind: 'scale',
        level: 'info',
        message: 'Autoscaler added an instance (4 → 5): cpu-usage 68% above the 65% target',
      },
      {
        pluginId,
        timestamp: start + 4 * MIN + 20_000,
        kind: 'log',
        level: 'info',
        message: 'Instance orders-api-5d9c7-x2kqp ready: price cache warmed (12 480 entries in 2.3 s)',
      },
      {
        pluginId,
        timestamp: start + 7 * MIN + 15_000,
        kind: 'log',
        level: 'info',
        message: 'Instance orders-api-5d9c7-m8wzt ready: price cache warmed (12 480 entries in 2.2 s)',
      },
      ...logBurst(
        pluginId,
        start + MIN,
        now + 1,
        8,
        'info',
        (i) => `GET /v1/products/${sku(i, 100)}?utm_source=newsletter&utm_campaign=spring-sale 200 ${Math.round(38 + r() * 34)}ms`,
      ),
    );
    return s;
  },
  expected: null,
};

export const HELDOUT_CATALOG_2: FaultScenario[] = [
  fdLeakDeploy,
  deadlockDeploy,
  identityProviderOutage,
  packetLoss,
  cpuSteal,
  corruptedCacheEntry,
  paymentsEndpointConfig,
  rateLimitConfig,
  plannedFailover,
  marketingBurst,
];

export function heldoutFault2Named(name: string): FaultScenario {
  const f = HELDOUT_CATALOG_2.find((x) => x.name === name);
  if (!f) throw new Error(`no held-out (set 2) fault scenario named ${name}`);
  return f;
}
