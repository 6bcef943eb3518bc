// Held-out fault scenarios, third set: a fourth catalog for the incident pipeline, written (like
// heldout-faults.ts and heldout-faults-2.ts) without reading how the console detects anomalies,
// groups incidents or analyses root causes, and frozen before its first run, so that it measures
// the product on faults nobody tuned it on. Same type and conventions as fault-catalog.ts: each
// scenario paints one fault onto buildScenario's 30-hour normal day (daily cycle, seeded noise,
// routine logs with the odd known error, health reports every 5 minutes declaring orders-db and
// session-cache), says when the fault starts hurting (its onset) and names the root-cause
// category an experienced SRE would file it under, or null for noise, which should open no
// incident. The faults differ from those of the earlier catalogs (no OOM, no fd or memory leak,
// no disk full, no refused, slow or deadlocked database, no DNS failure, no expired certificate,
// no pool or queue exhaustion, no bad import, no packet loss, no CPU steal, no corrupted cache
// entry, no endpoint or rate-limit setting, no identity-provider outage).
//
// Every expectation comes from the fault's nature (what an on-call engineer would write in the
// postmortem), not from any guess about the console's rules. All data goes through the ingest
// APIs as a plugin and its agent would send it (metrics, including a few custom ones such as
// libuv.threadpool-queue, log and change events, health reports); nothing is saved through the
// console's document routes. Onsets are spread over the day (UTC), magnitudes from modest
// (errors +1.8 %) to severe (+19 %, CPU pinned).
import { MiB, buildScenario, logBurst, ramp, rng } from '../../rca/testing/build-scenario';
import { HOUR, MIN, atTimeOfDay, type FaultScenario, reportHealth, scattered } from './fault-catalog';
import { addCheck, addDependency, addSeries } from './agent-checks';

/** How long after its onset a fault's data ends, unless the scenario says otherwise. */
const AFTER_ONSET_MS = 30 * MIN;

const reqId = (i: number, salt: number) => `req_${((i + 7) * 104_729 + salt * 31).toString(36)}`;
const orderId = (i: number, salt: number) => `ord_${100_000 + (((i + 5) * 7_919 + salt * 53) % 900_000)}`;
const sku = (i: number, salt: number) => `sku_${10_000 + (((i + 2) * 5_101 + salt) % 90_000)}`;

// ── 1. Release starving the libuv thread pool ────────────────────────────────────────────────
// Version 5.3.0 (11:08) moves API-key verification from a cached SHA-256 lookup to a per-request
// crypto.pbkdf2 with 210 000 iterations. Node runs pbkdf2, DNS lookups, zlib and file reads on
// the same libuv pool of 4 threads: at the late-morning traffic the pool's queue grows from ~0 to
// hundreds, and every operation that needs it waits behind the hashing. Latency ×2.6, responses
// that gzip or read templates ×2.2, requests past their 2 s deadline fail (errors +4 %), the
// request queue backs up. Dependencies are healthy; the regression shipped with the deploy: code
// defect.
const THREADPOOL_AT = atTimeOfDay(11, 20);
const threadpoolStarvation: FaultScenario = {
  name: 'threadpool-starvation-deploy',
  summary: 'deploy 5.3.0 adds a pbkdf2 per request: libuv pool queue 0 → 300+, latency ×2.6, deadlines missed, errors +4 %, deps healthy',
  timeline: THREADPOOL_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const deploy = onset - 12 * MIN;
    const j = rng(4011);
    const s = buildScenario(pluginId, now, 401, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 5 * MIN);
        if (m === 'latency') return v * (1 + 1.6 * k) + 30 * k * j();
        if (m === 'response-time') return v * (1 + 1.2 * k);
        if (m === 'error-rate') return v + 0.04 * k;
        if (m === 'queue-depth') return v + Math.round(22 * k);
        if (m === 'cpu-usage') return Math.min(96, v + 14 * k); // 4 threads hashing
        if (m === 'throughput') return v * (1 - 0.08 * k);
        return undefined;
      },
    });
    const r = rng(4012);
    addSeries(s, 'libuv.threadpool-queue', (t) => {
      if (t < deploy + MIN) return Math.round(r() * 2);
      if (t < onset) return Math.round(8 + 30 * ramp(t, deploy + MIN, onset - deploy) + 10 * r()); // morning traffic still low
      return Math.round(260 + 90 * r() + 60 * ramp(t, onset, 10 * MIN));
    });
    const w = rng(4013);
    s.events.push(
      { pluginId, timestamp: onset - 26 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 5.2.4', data: { version: '5.2.4' } },
      {
        pluginId,
        timestamp: deploy,
        kind: 'deploy',
        level: 'info',
        message: 'Deployed version 5.3.0 (API keys: store PBKDF2 hashes instead of SHA-256)',
        data: { version: '5.3.0', previous: '5.2.4', commit: 'e41b7d9' },
      },
      { pluginId, timestamp: deploy + 11_000, kind: 'restart', level: 'info', message: 'Restarted for deploy of 5.3.0' },
      { pluginId, timestamp: deploy + 14_000, kind: 'log', level: 'info', message: 'Server listening on 0.0.0.0:8080 (version 5.3.0, node v20.11.1, UV_THREADPOOL_SIZE=4)' },
      ...logBurst(pluginId, onset, now + 1, 2, 'warn', () => `Event loop utilisation 0.31 but libuv threadpool queue ${Math.round(240 + w() * 140)} (4 threads busy): pbkdf2 ${Math.round(180 + w() * 60)} ms per call`),
      ...logBurst(pluginId, onset + MIN, now + 1, 6, 'error', (i) =>
        [
          `Request ${reqId(i, 11)} GET /v1/orders/${orderId(i, 11)} exceeded its 2000 ms deadline (1890 ms waiting in authenticateApiKey)`,
          `Request ${reqId(i, 12)} POST /v1/checkout exceeded its 2000 ms deadline (zlib gzip queued for ${1400 + (i % 9) * 40} ms)`,
          `getaddrinfo for hooks.partner-a.example took ${2100 + (i % 5) * 130} ms (${reqId(i, 13)}): webhook delivery timed out`,
        ][i % 3],
      ),
    );
    reportHealth(s, onset + 4 * MIN, 'degraded', 'p95 latency 2.4 s above the 250 ms objective; libuv threadpool queue 310');
    return s;
  },
  expected: { category: 'code-defect', mentions: /5\.3\.0/ },
};

// ── 2. Message broker blocking publishes ─────────────────────────────────────────────────────
// Order events are published to event-bus (RabbitMQ, declared by the agent as a dependency). At
// 02:13 the broker's disk free space falls below its limit (a consumer of another team stopped
// and its queue filled the disk): RabbitMQ raises its disk alarm and blocks every publishing
// connection. The plugin's publishes time out after 5 s, its transactional outbox grows by
// hundreds a minute, order creation that must publish synchronously fails (errors +7 %), latency
// +5 s on those requests. The agent's check reports event-bus unhealthy ("connection.blocked").
// The plugin did nothing wrong and changed nothing: dependency failure.
const BROKER_AT = atTimeOfDay(2, 15);
const EVENT_BUS = { id: 'event-bus', host: 'rabbitmq.internal', port: 5672 };
const brokerBlocked: FaultScenario = {
  name: 'broker-blocking-publishes',
  summary: 'event-bus (RabbitMQ) disk alarm blocks publishers: publish timeouts, outbox 0 → 9 000, errors +7 %, dependency unhealthy',
  timeline: BROKER_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const blocked = onset - 90_000;
    const s = buildScenario(pluginId, now, 402, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 2 * MIN);
        if (m === 'error-rate') return v + 0.07 * k;
        if (m === 'latency') return v + 520 * k; // a share of requests waits the full 5 s publish timeout
        if (m === 'response-time') return v + 380 * k;
        if (m === 'queue-depth') return v + Math.round(40 * ramp(t, onset, 20 * MIN));
        if (m === 'connection-count') return Math.round(v + 4 * k);
        return undefined;
      },
    });
    const r = rng(4021);
    addSeries(s, 'outbox.pending', (t) => (t < blocked ? Math.round(r() * 6) : Math.round(((t - blocked) / MIN) * 290 + r() * 40)));
    s.events.push(
      { pluginId, timestamp: onset - 14 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 9.1.2', data: { version: '9.1.2' } },
      ...scattered(pluginId, onset - 25 * HOUR, onset - 3 * HOUR, 2, 4022, 'warn', () => 'AMQP channel to rabbitmq.internal:5672 closed by peer (heartbeat), reopened in 120 ms'),
      { pluginId, timestamp: blocked + 500, kind: 'log', level: 'warn', message: 'AMQP connection to rabbitmq.internal:5672 blocked by broker: "low on disk" (connection.blocked)' },
      ...logBurst(pluginId, blocked + 30_000, now + 1, 1, 'warn', (i) => `Outbox relay: ${290 * (i + 1)} events pending, publisher blocked by event-bus since ${new Date(blocked).toISOString()}`),
      ...logBurst(pluginId, onset, now + 1, 9, 'error', (i) =>
        i % 3 === 2
          ? `POST /v1/orders failed (${reqId(i, 21)}): could not publish order.created for ${orderId(i, 21)}: event-bus unavailable`
          : `Publish to exchange orders.events (routing key order.${i % 2 ? 'created' : 'paid'}) timed out after 5000 ms (${reqId(i, 22)}): connection blocked by broker (low on disk) at rabbitmq.internal:5672`,
      ),
    );
    addDependency(s, EVENT_BUS, (t) =>
      t >= blocked ? { status: 'unhealthy', message: 'connection.blocked: low on disk (disk_free_limit alarm) at rabbitmq.internal:5672' } : undefined,
    );
    reportHealth(s, blocked + 20_000, 'unhealthy', 'dependency event-bus is unhealthy: publishes blocked by the broker (disk alarm)');
    return s;
  },
  expected: { category: 'dependency-failure', mentions: /event-bus|rabbitmq/i },
};

// ── 3. Feature flag enabling an expensive code path ──────────────────────────────────────────
// At 17:03, at the evening shopping peak, a product manager turns on featureFlags.liveRecommendations
// for 100 % of traffic from the flag service (it had been tested at 1 %). Every product page
// now scores 400 candidate products in-process: CPU rises from ~55 to 93 %, latency ×2.1,
// requests past their deadline fail (errors +3.5 %), memory +40 MiB for the scoring matrices.
// The code shipped behind the flag in 12.0.0 a week ago (12.0.1 yesterday only fixed the footer),
// no deploy today; the flip is the change, turning it back off is the fix: configuration.
const FLAG_AT = atTimeOfDay(17, 5);
const featureFlagFlip: FaultScenario = {
  name: 'feature-flag-expensive-path',
  summary: 'flag liveRecommendations 1 % → 100 % at the evening peak: CPU 55 → 93 %, latency ×2.1, errors +3.5 %, no deploy',
  timeline: FLAG_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const flip = onset - 2 * MIN;
    const s = buildScenario(pluginId, now, 403, {
      metric: (m, t, v) => {
        if (t < flip + 20_000) return undefined;
        const k = ramp(t, flip + 20_000, 2 * MIN); // instances pick the flag up within 30 s
        if (m === 'cpu-usage') return Math.min(97, v + 38 * k);
        if (m === 'memory-usage') return v + 40 * MiB * k;
        if (t < onset) return undefined;
        const h = ramp(t, onset, 2 * MIN);
        if (m === 'latency') return v * (1 + 1.1 * h);
        if (m === 'response-time') return v * (1 + 1.0 * h);
        if (m === 'error-rate') return v + 0.035 * h;
        if (m === 'queue-depth') return v + Math.round(7 * h);
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 28 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 12.0.1 (footer fix)', data: { version: '12.0.1', previous: '12.0.0' } },
      {
        pluginId,
        timestamp: onset - 20 * HOUR,
        kind: 'config-change',
        level: 'info',
        message: 'Feature flags updated from flag service: featureFlags.newFooter false → true',
        data: { source: 'flag-service', changes: [{ path: 'featureFlags.newFooter', from: false, to: true }] },
      },
      {
        pluginId,
        timestamp: flip,
        kind: 'config-change',
        level: 'info',
        message: 'Feature flags updated from flag service by a.okafor: featureFlags.liveRecommendations rollout 1% → 100%',
        data: { source: 'flag-service', user: 'a.okafor', changes: [{ path: 'featureFlags.liveRecommendations.rollout', from: 1, to: 100 }] },
      },
      { pluginId, timestamp: flip + 15_000, kind: 'log', level: 'info', message: 'Feature flag liveRecommendations now enabled for 100% of requests' },
      ...logBurst(pluginId, flip + MIN, now + 1, 2, 'warn', (i) => `Slow handler GET /v1/products/${sku(i, 31)}: recommendations.score took ${820 + (i % 11) * 45} ms (400 candidates)`),
      ...logBurst(pluginId, onset + MIN, now + 1, 5, 'error', (i) =>
        i % 2 === 0
          ? `Request ${reqId(i, 32)} GET /v1/products/${sku(i, 32)} exceeded its 1500 ms deadline (1310 ms in recommendations.score)`
          : `Request ${reqId(i, 33)} GET /v1/cart exceeded its 1500 ms deadline (event loop blocked ${400 + (i % 7) * 35} ms)`,
      ),
    );
    reportHealth(s, onset + 3 * MIN, 'degraded', 'CPU 93%, p95 latency 1.1 s above the 250 ms objective');
    return s;
  },
  expected: { category: 'configuration', mentions: /liveRecommendations/ },
};

// ── 4. Path-MTU black hole ───────────────────────────────────────────────────────────────────
// At 20:08 the network team moves the route to the partner catalogue API onto a new IPsec
// tunnel with a 1400-byte MTU, and a firewall on the way drops ICMP "fragmentation needed". The
// plugin's handshakes and small calls still work; any response bigger than one packet never
// arrives (path-MTU discovery cannot work): catalogue syncs and large product pages hang until
// their 10 s timeout. Errors +3 %, latency +600 ms on average with long tails, connections stuck
// open. Nothing changed in the plugin, its dependencies are healthy: network issue.
const MTU_AT = atTimeOfDay(20, 10);
const mtuBlackhole: FaultScenario = {
  name: 'mtu-blackhole',
  summary: 'new tunnel MTU 1400 with ICMP frag-needed dropped: large responses from catalog.partner.example hang (ETIMEDOUT), small ones fine, errors +3 %',
  timeline: MTU_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const j = rng(4041);
    const s = buildScenario(pluginId, now, 404, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        if (m === 'latency') return v + 480 + 260 * j();
        if (m === 'response-time') return v + 150 + 90 * j();
        if (m === 'error-rate') return v + 0.026 + 0.008 * j();
        if (m === 'connection-count') return Math.round(v + 9);
        return undefined;
      },
    });
    const r = rng(4042);
    addSeries(s, 'net.tcp-retransmit-percent', (t) => (t >= onset ? 1.1 + 0.6 * r() : 0.06 + 0.08 * r()));
    s.events.push(
      { pluginId, timestamp: onset - 11 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 3.8.1', data: { version: '3.8.1' } },
      ...logBurst(pluginId, onset - 20 * HOUR, onset, 1 / 30, 'info', (i) => `Catalogue sync from https://catalog.partner.example/v2/feed: ${1180 + (i % 13) * 7} products, ${(3.1 + (i % 5) * 0.2).toFixed(1)} MB in ${800 + (i % 9) * 40} ms`),
      ...logBurst(pluginId, onset, now + 1, 6, 'error', (i) =>
        [
          `Catalogue sync failed: GET https://catalog.partner.example/v2/feed?page=${(i % 40) + 1}: read ETIMEDOUT after 10000 ms (TLS handshake ok, 0 of ~3.1 MB received)`,
          `GET /v1/products/${sku(i, 41)}/details failed (${reqId(i, 41)}): upstream catalog.partner.example read ETIMEDOUT after 10000 ms (response headers never received)`,
          `Request ${reqId(i, 42)} GET /v1/products?category=${['shoes', 'garden', 'toys'][i % 3]} timed out: catalog.partner.example sent 0 bytes after the 1 KiB request`,
        ][i % 3],
      ),
      ...logBurst(pluginId, onset + 2 * MIN, now + 1, 1 / 3, 'info', () => 'GET https://catalog.partner.example/v2/health 200 in 38 ms (312 bytes)'),
      ...logBurst(pluginId, onset + 3 * MIN, now + 1, 1 / 5, 'warn', () => 'Path MTU to 203.0.113.40 suspected below 1500: large segments retransmitted without ACK, no ICMP fragmentation-needed received'),
    );
    reportHealth(s, onset + 3 * MIN, 'degraded', 'catalogue sync and product detail calls to catalog.partner.example time out; small requests succeed');
    return s;
  },
  expected: { category: 'network-issue', mentions: /MTU|fragment|ETIMEDOUT|catalog\.partner/i },
};

// ── 5. Schema migration leaving NULLs ────────────────────────────────────────────────────────
// The 05:50 migration 0147 adds orders.currency_code NOT NULL in three steps (add nullable,
// backfill from the legacy currency column in batches, set NOT NULL). The backfill job stops
// after 41 % of the rows on a statement timeout, the job runner reports it finished, and the
// final step is skipped. From 06:20, as European customers open their order history, every
// order row with a NULL currency_code is rejected by the plugin's row decoder: errors +2.5 %
// rising with morning traffic, latency normal. The code expected the column to be filled; the
// data in orders-db is what is wrong: data corruption.
const MIGRATION_AT = atTimeOfDay(6, 20);
const migrationNulls: FaultScenario = {
  name: 'migration-null-currency',
  summary: 'migration 0147 backfill stops at 41 %: orders.currency_code NULL on old rows, decoder rejects them, errors +1.8 → +3.2 %',
  timeline: MIGRATION_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const migration = onset - 30 * MIN;
    const s = buildScenario(pluginId, now, 405, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        if (m === 'error-rate') return v + 0.018 + 0.014 * ramp(t, onset, AFTER_ONSET_MS);
        if (m === 'response-time') return v * 0.98;
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 18 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 4.12.0 (reads orders.currency_code)', data: { version: '4.12.0' } },
      {
        pluginId,
        timestamp: migration,
        kind: 'other',
        level: 'info',
        message: 'Migration job 0147_orders_currency_code started on orders-db (add column, backfill in batches of 5000, set NOT NULL)',
        data: { job: 'db-migrate', migration: '0147_orders_currency_code' },
      },
      {
        pluginId,
        timestamp: migration + 16 * MIN,
        kind: 'log',
        level: 'warn',
        message: 'Migration 0147 backfill batch 197 failed: canceling statement due to statement timeout; backfill stopped at 985000 of 2398400 rows',
      },
      {
        pluginId,
        timestamp: migration + 16 * MIN + 4_000,
        kind: 'other',
        level: 'info',
        message: 'Migration job 0147_orders_currency_code finished (exit 0); step "set NOT NULL" skipped',
        data: { job: 'db-migrate', migration: '0147_orders_currency_code', exitCode: 0 },
      },
      ...logBurst(pluginId, onset, now + 1, 5, 'error', (i) =>
        i % 2 === 0
          ? `GET /v1/orders/${orderId(i, 51)} 500 (${reqId(i, 51)}): row decode failed for orders.id=${4_100_000 + i * 17}: column currency_code is NULL (expected ISO-4217 code)`
          : `Order history for customer cus_${(i * 7_741) % 99_991} failed (${reqId(i, 52)}): ZodError: currency_code: Expected string, received null (row ${3_900_000 + i * 23})`,
      ),
    );
    reportHealth(s, onset + 5 * MIN, 'degraded', 'order reads failing: rows with NULL currency_code in orders-db');
    return s;
  },
  expected: { category: 'data-corruption', mentions: /currency_code|NULL|0147|migration/i },
};

// ── 6. Ephemeral port exhaustion ─────────────────────────────────────────────────────────────
// The plugin calls tax-api over plain HTTP without keep-alive: a new TCP connection per call,
// each left in TIME_WAIT for 60 s after it closes. It always worked with room to spare, but at
// 14:30 a partner's bulk quote import adds ~250 quotes a second on top of the afternoon peak:
// TIME_WAIT sockets climb past 28 000 and the local port range (32768-60999) is used up. From
// 14:35 outbound connects fail at once with EADDRNOTAVAIL (to tax-api, orders-db reconnects,
// webhooks alike): errors +9 %, throughput of successful requests -10 %. No deploy, no change:
// a kernel resource ran out under load: resource exhaustion.
const PORTS_AT = atTimeOfDay(14, 35);
const PORT_RANGE = 28_232;
const ephemeralPorts: FaultScenario = {
  name: 'ephemeral-port-exhaustion',
  summary: 'bulk import + no keep-alive: TIME_WAIT sockets 6 k → 28 k, local port range exhausted, connect EADDRNOTAVAIL, errors +9 %',
  timeline: PORTS_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const batch = onset - 5 * MIN;
    const r = rng(4061);
    const s = buildScenario(pluginId, now, 406, {
      metric: (m, t, v) => {
        if (t >= batch && m === 'throughput') return t < onset ? v * (1 + 0.3 * ramp(t, batch, 2 * MIN)) : v * 1.3 * 0.9;
        if (t >= batch && m === 'cpu-usage') return v + 8 * ramp(t, batch, 2 * MIN);
        if (t < onset) return undefined;
        const k = ramp(t, onset, 2 * MIN);
        if (m === 'error-rate') return v + 0.09 * k;
        if (m === 'latency') return v * (1 + 0.2 * k);
        if (m === 'connection-count') return Math.round(v * (1 - 0.25 * k));
        return undefined;
      },
    });
    addSeries(s, 'net.time-wait-sockets', (t) => {
      const hour = (t / HOUR) % 24;
      const base = 5200 + 2600 * Math.sin(((hour - 9) / 24) * 2 * Math.PI) + 400 * r();
      if (t < batch) return Math.round(base);
      return Math.round(Math.min(PORT_RANGE - 30 * r(), base + (PORT_RANGE - base) * ramp(t, batch, 5 * MIN)));
    });
    s.events.push(
      { pluginId, timestamp: onset - 29 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 2.14.3', data: { version: '2.14.3' } },
      {
        pluginId,
        timestamp: batch,
        kind: 'log',
        level: 'info',
        message: 'Bulk quote import started by partner key prt_acme (POST /v1/quotes:batch, 180 000 quotes)',
      },
      ...logBurst(pluginId, onset - MIN, now + 1, 1 / 2, 'warn', (i) => `Socket summary: ${28_140 + (i % 9) * 10} TIME_WAIT, ${420 + (i % 13)} ESTABLISHED; ip_local_port_range 32768-60999 (28232 ports)`),
      ...logBurst(pluginId, onset, now + 1, 10, 'error', (i) =>
        [
          `Tax quote failed for ${reqId(i, 61)}: connect EADDRNOTAVAIL 10.0.9.14:8080 - Local (0.0.0.0:0) (tax-api.internal)`,
          `Query failed for ${reqId(i, 62)}: connect EADDRNOTAVAIL 10.0.4.7:5432 - Local (0.0.0.0:0) (orders-db.internal)`,
          `Webhook quote.created for ${orderId(i, 63)} not delivered: connect EADDRNOTAVAIL 198.51.100.23:443 - Local (0.0.0.0:0)`,
          `POST /v1/quotes:batch item ${i * 31} failed (${reqId(i, 64)}): connect EADDRNOTAVAIL 10.0.9.14:8080 (tax-api.internal)`,
        ][i % 4],
      ),
    );
    addCheck(s, 'node:ephemeral-ports', (t) => {
      const hour = (t / HOUR) % 24;
      const used = t < batch ? Math.round(5600 + 2600 * Math.sin(((hour - 9) / 24) * 2 * Math.PI)) : t < onset ? 21_000 : PORT_RANGE - 12;
      const data = { used, range: PORT_RANGE };
      if (used >= 0.98 * PORT_RANGE) return { status: 'failed', message: `${used} of ${PORT_RANGE} local ports in use`, data };
      if (used >= 0.7 * PORT_RANGE) return { status: 'warning', message: `${used} of ${PORT_RANGE} local ports in use`, data };
      return { status: 'passed', data };
    });
    reportHealth(s, onset + MIN, 'unhealthy', 'outbound connections failing: EADDRNOTAVAIL (local port range exhausted, 28k sockets in TIME_WAIT)');
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /EADDRNOTAVAIL|port|TIME_WAIT/i },
};

// ── 7. JWT signing key rotated, plugin still pins the old one ────────────────────────────────
// The auth service rotates its token signing key at 00:00 on the first of the month, as
// announced; tokens carry the new key id k-2025-07. This plugin, unlike the others, verifies
// tokens against a public key pinned in its settings (JWT_PUBLIC_KEY, kid k-2025-06) rather than
// fetching the JWKS. As clients refresh their 15-minute tokens, a growing share of requests is
// refused with 401 "invalid signature": errors climb to +19 % within 15 minutes, clients retry
// logins (throughput +8 %), responses are fast. The auth service is healthy; the stale setting
// is the cause, updating it is the fix: configuration.
const JWT_AT = atTimeOfDay(0, 5);
const jwtKeyRotated: FaultScenario = {
  name: 'jwt-signing-key-stale',
  summary: 'auth service rotates its signing key (kid k-2025-07); the plugin pins JWT_PUBLIC_KEY k-2025-06: 401 invalid signature, errors → +19 % over 15 min',
  timeline: JWT_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const rotation = onset - 5 * MIN;
    const s = buildScenario(pluginId, now, 407, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 15 * MIN); // tokens signed with the new key replace old ones as they expire
        if (m === 'error-rate') return v + 0.19 * k;
        if (m === 'throughput') return v * (1 + 0.08 * k);
        if (m === 'response-time') return v * (1 - 0.1 * k);
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 9 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 6.4.1', data: { version: '6.4.1' } },
      {
        pluginId,
        timestamp: onset - 28 * HOUR,
        kind: 'config-change',
        level: 'info',
        message: 'Configuration updated: LOG_FORMAT text → json',
        data: { changes: [{ path: 'env.LOG_FORMAT', from: 'text', to: 'json' }] },
      },
      { pluginId, timestamp: onset - 29 * HOUR + 5 * MIN, kind: 'log', level: 'info', message: 'JWT verification configured with pinned public key JWT_PUBLIC_KEY (kid k-2025-06, RS256)' },
      ...scattered(pluginId, onset - 27 * HOUR, onset - 2 * HOUR, 4, 4071, 'warn', (i) => `Rejected request ${reqId(i, 70)}: TokenExpiredError: jwt expired`),
      ...logBurst(pluginId, onset, now + 1, 14, 'error', (i) =>
        i % 3 === 2
          ? `401 Unauthorized for ${reqId(i, 71)} POST /v1/checkout: token verification failed`
          : `Rejected request ${reqId(i, 72)}: JsonWebTokenError: invalid signature (token kid "k-2025-07", configured JWT_PUBLIC_KEY kid "k-2025-06")`,
      ),
    );
    // Which key a token is signed with shows in the logs from the rotation on, a few at first.
    s.events.push(...logBurst(pluginId, rotation + MIN, onset, 1, 'warn', () => 'Token with unknown kid "k-2025-07" rejected; accepting only kid "k-2025-06" (JWT_PUBLIC_KEY)'));
    reportHealth(s, onset + 6 * MIN, 'degraded', 'authentication failing for 9% of requests: JWT invalid signature (kid k-2025-07 not the configured key)');
    return s;
  },
  expected: { category: 'configuration', mentions: /JWT_PUBLIC_KEY|kid|signing key|signature/i },
};

// ── 8. Catastrophic regex backtracking on one customer's input ───────────────────────────────
// The address validator (unchanged for months) uses /^([a-zA-Z0-9]+\s?)*$/ on street names.
// At 12:48 a marketplace seller's integration starts sending addresses with a 40-character
// street line ending in a comma; each such request spends seconds backtracking on the single
// event-loop thread. CPU pins at 100 %, every other request waits behind it: latency ×4, a
// growing request queue, errors +12 % (deadlines, load-balancer 504s). No deploy, no change, no
// dependency: a latent bug in the plugin's code triggered by an input: code defect.
const REGEX_AT = atTimeOfDay(12, 50);
const regexBacktracking: FaultScenario = {
  name: 'regex-backtracking-input',
  summary: 'one seller sends street lines that trigger catastrophic backtracking in validateStreet: CPU 100 %, latency ×4, errors +12 %, no change',
  timeline: REGEX_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const j = rng(4081);
    const s = buildScenario(pluginId, now, 408, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 2 * MIN);
        if (m === 'cpu-usage') return Math.min(99.5, v + 60 * k);
        if (m === 'latency') return v * (1 + 3 * k) + 120 * k * j();
        if (m === 'response-time') return v * (1 + 2.6 * k);
        if (m === 'error-rate') return v + 0.12 * k;
        if (m === 'queue-depth') return v + Math.round(35 * k);
        if (m === 'throughput') return v * (1 - 0.18 * k);
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: onset - 27 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 10.2.0', data: { version: '10.2.0' } },
      { pluginId, timestamp: onset - 5 * HOUR, kind: 'scale', level: 'info', message: 'Autoscaler added an instance (2 → 3)' },
      ...logBurst(pluginId, onset, now + 1, 3, 'warn', (i) => `Slow handler POST /v1/addresses/validate for seller sel_88213 (${reqId(i, 81)}): validateStreet took ${3200 + (i % 8) * 410} ms on a 41-char input`),
      ...logBurst(pluginId, onset + 20_000, now + 1, 2, 'warn', () => `Event loop blocked for ${Math.round(2900 + j() * 2400)} ms (in validateStreet at /app/dist/validation/address.js:42:18)`),
      ...logBurst(pluginId, onset + 30_000, now + 1, 12, 'error', (i) =>
        i % 3 === 0
          ? `Request ${reqId(i, 82)} GET /v1/orders/${orderId(i, 82)} exceeded its 2000 ms deadline (queued 1940 ms behind a blocked event loop)`
          : `Upstream timeout (504) for ${reqId(i, 83)}: no response within 5000 ms`,
      ),
    );
    reportHealth(s, onset + 2 * MIN, 'unhealthy', 'event loop blocked for seconds at a time; CPU 100%, requests timing out');
    return s;
  },
  expected: { category: 'code-defect', mentions: /validateStreet|regex|backtrack|event loop/i },
};

// ── 9. Noise: log level raised to debug ──────────────────────────────────────────────────────
// At 10:02 an engineer raises the plugin's log level to debug for an hour to look at a customer
// question. The plugin now writes ~25 lines a minute more, a share of them at warn level
// (deprecated API versions in use, cache misses, retried idempotent reads that then succeed);
// CPU +2 points for the formatting. No error is added, requests answer as before, health stays
// healthy: more words, no fault.
const DEBUG_AT = atTimeOfDay(10, 5);
const debugLogging: FaultScenario = {
  name: 'noise-debug-log-level',
  summary: 'log level info → debug: +25 lines/min incl. deprecation and cache-miss warnings, CPU +2, errors and latency unchanged, healthy',
  timeline: DEBUG_AT,
  build: (pluginId, now) => {
    const start = now - AFTER_ONSET_MS;
    const change = start - 3 * MIN;
    const s = buildScenario(pluginId, now, 409, {
      metric: (m, t, v) => (t >= change + 10_000 && m === 'cpu-usage' ? v + 2 : undefined),
    });
    const r = rng(4091);
    s.events.push(
      { pluginId, timestamp: start - 6 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 8.3.0', data: { version: '8.3.0' } },
      {
        pluginId,
        timestamp: change,
        kind: 'config-change',
        level: 'info',
        message: 'Configuration updated by r.haddad: LOG_LEVEL info → debug (support ticket SUP-5512, revert in 1 h)',
        data: { user: 'r.haddad', changes: [{ path: 'env.LOG_LEVEL', from: 'info', to: 'debug' }] },
      },
      ...logBurst(pluginId, change + 10_000, now + 1, 18, 'debug', (i) =>
        [
          `cache lookup session:${(i * 7_877).toString(16)} hit (0.4 ms)`,
          `SQL select * from orders where id = $1 [${orderId(i, 91)}] (${Math.round(2 + r() * 6)} ms)`,
          `outgoing GET https://api.geocode.example/v1/lookup 200 (${Math.round(60 + r() * 50)} ms)`,
        ][i % 3],
      ),
      ...logBurst(pluginId, change + 15_000, now + 1, 7, 'warn', (i) =>
        [
          `Client storefront-bff uses deprecated API version 2023-10-01 on GET /v1/orders (sunset 2026-01-01)`,
          `Cache miss for price:${sku(i, 92)}, loaded from orders-db in ${Math.round(6 + r() * 8)} ms`,
          `Retrying idempotent GET /v1/inventory/${sku(i, 93)} after 409 version conflict (attempt 2 succeeded)`,
          `Header X-Forwarded-Proto missing on request from 10.0.2.${(i % 200) + 10}, assuming https`,
        ][i % 4],
      ),
    );
    return s;
  },
  expected: null,
};

// ── 10. Noise: scheduled cache warm-up ───────────────────────────────────────────────────────
// Every night at 03:00 a scheduled job preloads the product and price caches for the day (it is
// in yesterday's data too). For five minutes CPU rises by ~28 points and memory by ~30 MiB, cache
// connections rise; latency of the few night-time requests barely moves, no error, health
// healthy. A routine job doing what it does every night: no incident.
const WARMUP_AT = atTimeOfDay(3, 0);
const cacheWarmup: FaultScenario = {
  name: 'noise-cache-warmup',
  summary: 'nightly cache warm-up job: CPU +28 points and memory +30 MiB for 5 min, latency +3 %, no errors, healthy (also ran the night before)',
  timeline: WARMUP_AT,
  build: (pluginId, now) => {
    const start = now - AFTER_ONSET_MS;
    const runs = [start - 24 * HOUR, start];
    const during = (t: number) => runs.some((x) => t >= x && t < x + 5 * MIN);
    const s = buildScenario(pluginId, now, 410, {
      metric: (m, t, v) => {
        const x = runs.find((y) => t >= y && t < y + 6 * MIN);
        if (x === undefined) return undefined;
        const k = during(t) ? 1 : 0.3; // the last minute cools down
        if (m === 'cpu-usage') return v + 28 * k;
        if (m === 'memory-usage') return v + 30 * MiB * (during(t) ? ramp(t, x, 4 * MIN) : 1);
        if (m === 'connection-count') return Math.round(v + 8 * k);
        if (m === 'latency') return v * (1 + 0.03 * k);
        return undefined;
      },
    });
    for (const [n, x] of runs.entries()) {
      s.events.push(
        {
          pluginId,
          timestamp: x,
          kind: 'other',
          level: 'info',
          message: 'Scheduled job cache-warmup started (cron 0 3 * * *): preloading products and prices',
          data: { job: 'cache-warmup', schedule: '0 3 * * *' },
        },
        {
          pluginId,
          timestamp: x + 5 * MIN - 8_000,
          kind: 'other',
          level: 'info',
          message: `Scheduled job cache-warmup finished: ${48_210 + n * 37} products, ${96_400 + n * 81} prices loaded in 4m52s`,
          data: { job: 'cache-warmup', schedule: '0 3 * * *' },
        },
        ...logBurst(pluginId, x + 20_000, x + 5 * MIN - 10_000, 1, 'info', (i) => `cache-warmup: ${(i + 1) * 10_400} of 144 610 keys written to session-cache`),
      );
    }
    s.events.push({ pluginId, timestamp: start - 13 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 4.0.7', data: { version: '4.0.7' } });
    return s;
  },
  expected: null,
};

export const HELDOUT_CATALOG_3: FaultScenario[] = [
  threadpoolStarvation,
  brokerBlocked,
  featureFlagFlip,
  mtuBlackhole,
  migrationNulls,
  ephemeralPorts,
  jwtKeyRotated,
  regexBacktracking,
  debugLogging,
  cacheWarmup,
];

export function heldoutFault3Named(name: string): FaultScenario {
  const f = HELDOUT_CATALOG_3.find((x) => x.name === name);
  if (!f) throw new Error(`no held-out (set 3) fault scenario named ${name}`);
  return f;
}
