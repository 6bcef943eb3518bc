// Held-out fault scenarios, fourth set: a fifth catalog for the incident pipeline, written (like
// heldout-faults.ts, heldout-faults-2.ts and heldout-faults-3.ts) without reading how the console
// detects anomalies, groups incidents or analyses root causes, and frozen before its first run,
// so that it measures the product on faults nobody tuned it on. Same type and conventions as
// fault-catalog.ts: each scenario paints one fault onto buildScenario's 30-hour normal day (daily
// cycle, seeded noise, routine logs with the odd known error, health reports every 5 minutes
// declaring orders-db and session-cache), says when the fault starts hurting (its onset) and
// names the root-cause category an experienced SRE would file it under, or null for noise,
// which should open no incident.
//
// The faults differ from those of the earlier catalogs (no OOM, no fd or memory leak, no disk
// full, no refused, slow or deadlocked database, no DNS failure, no expired certificate, no pool
// or queue exhaustion, no bad import, no packet loss, no CPU steal, no corrupted cache entry, no
// endpoint or rate-limit setting, no identity-provider outage, no thread-pool starvation, no
// blocked broker, no feature flag flip, no MTU black hole, no migration NULLs, no ephemeral
// ports, no JWT key rotation, no regex backtracking). New here: a renewed client certificate
// missing its intermediate, duplicate reference rows from a retried job, a node clock drifting
// past a partner's signing window, a cache-key regression, cloud-volume I/O credits running out
// over hours, load-balancer resets of idle keep-alive connections, a leaked API key used to
// scrape customer records (the first security-breach fault of any set), a search cluster gone
// read-only; and as noise a vulnerability scanner's 404s next to a healthy canary, and the
// nightly autoscaler scale-in.
//
// Every expectation comes from the fault's nature (what an on-call engineer would write in the
// postmortem), not from any guess about the console's rules. All data goes through the ingest
// APIs as a plugin and its agent would send it (metrics, including custom ones such as
// disk.burst-balance-percent or clock.offset-seconds, log and change events, health reports with
// checks and declared dependencies); nothing is saved through the console's document routes.
// Onsets are spread over the day (UTC) at times no earlier catalog uses, magnitudes from modest
// (errors +2.5 %) to severe (latency ×2.6, throughput ×2.5).
import { MiB, buildScenario, logBurst, ramp, rng } from '../../rca/testing/build-scenario';
import { HOUR, MIN, atTimeOfDay, type FaultScenario, reportHealth, scattered } from './fault-catalog';
import { addCheck, addDependency, addSeries } from './agent-checks';

/** How long after its onset a fault's data ends, unless the scenario says otherwise. */
const AFTER_ONSET_MS = 30 * MIN;

const reqId = (i: number, salt: number) => `req_${((i + 13) * 155_921 + salt * 29).toString(36)}`;
const orderId = (i: number, salt: number) => `ord_${100_000 + (((i + 7) * 8_191 + salt * 61) % 900_000)}`;
const sku = (i: number, salt: number) => `sku_${10_000 + (((i + 4) * 6_007 + salt) % 90_000)}`;
const payoutId = (i: number, salt: number) => `po_${(((i + 2) * 48_271 + salt * 7) % 9_999_991).toString(36)}`;
const ipOf = (i: number, salt: number) =>
  `${[185, 91, 45, 193, 212][(i + salt) % 5]}.${(i * 37 + salt) % 250}.${(i * 101 + salt * 3) % 250}.${((i * 13 + salt) % 250) + 2}`;

/** buildScenario's daily traffic shape (busy in the UTC afternoon, quiet at night), 0.2 to 0.9. */
const loadAt = (t: number) => 0.55 + 0.35 * Math.sin(((((t / HOUR) % 24) - 9) / 24) * 2 * Math.PI);

// ── 1. Renewed client certificate without its intermediate ──────────────────────────────────
// Seller payouts and refunds go to the bank's payout API (api.northbank.example) over mutual
// TLS; the plugin presents a client certificate from the secret payouts-client-tls. At 01:03
// cert-manager renews it (30 days before expiry, as every quarter), but the new issuer profile
// writes only the leaf into tls.crt, without the intermediate CA the bank needs to build the
// chain. The plugin hot-reloads the secret at 01:05 and logs a chain of 1 certificate (2 before).
// From then on the bank aborts every handshake with alert 48 (unknown CA): payouts and refunds
// fail (errors +5 %), failed payouts pile up for retry. The certificate is valid and not expired;
// the agent's dependency check, which uses the same certificate, fails too, but the bank is up
// and serves every other client: the plugin's own certificate bundle is wrong. Fixing the secret
// fixes it: configuration.
const CERT_AT = atTimeOfDay(1, 5);
const NORTHBANK = { id: 'bank-payouts', host: 'api.northbank.example', port: 443 };
const clientCertChain: FaultScenario = {
  name: 'client-cert-missing-intermediate',
  summary: 'cert-manager renews payouts-client-tls with the leaf only: the bank rejects the mTLS handshake (unknown CA), payouts and refunds fail, errors +5 %',
  timeline: CERT_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const renewed = onset - 2 * MIN;
    const reloaded = onset + 10_000;
    const s = buildScenario(pluginId, now, 501, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN);
        if (m === 'error-rate') return v + 0.05 * k;
        if (m === 'latency') return v * (1 + 0.12 * k); // one retry after 200 ms before giving up
        if (m === 'queue-depth') return v + Math.round(14 * ramp(t, onset, 25 * MIN)); // payouts waiting for their retry
        return undefined;
      },
    });
    const r = rng(5011);
    addSeries(s, 'payouts.pending-retry', (t) => (t < reloaded ? Math.round(r() * 3) : Math.round(4 + ((t - reloaded) / MIN) * 11 + r() * 5)));
    s.events.push(
      { pluginId, timestamp: onset - 26 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 3.17.2', data: { version: '3.17.2' } },
      ...logBurst(
        pluginId,
        s.from + 2 * MIN,
        onset,
        1 / 6,
        'info',
        (i) => `Payout ${payoutId(i, 1)} accepted by api.northbank.example: 202 (mTLS CN=payouts.acme-shop.example) in ${180 + (i % 11) * 9} ms`,
      ),
      {
        pluginId,
        timestamp: renewed,
        kind: 'config-change',
        level: 'info',
        message: 'Secret payouts-client-tls updated by cert-manager: certificate payouts.acme-shop.example renewed (serial 4f:1a:d2, valid 90 days)',
        data: {
          source: 'cert-manager',
          secret: 'payouts-client-tls',
          changes: [{ path: 'secrets.payouts-client-tls.tls.crt', from: 'serial 3c:9e:71', to: 'serial 4f:1a:d2' }],
        },
      },
      {
        pluginId,
        timestamp: reloaded,
        kind: 'log',
        level: 'info',
        message:
          'Reloaded client certificate for bank-payouts from /etc/tls/payouts/tls.crt: CN=payouts.acme-shop.example, serial 4f:1a:d2, 1 certificate in chain (was 2)',
      },
      ...logBurst(pluginId, reloaded + 5_000, now + 1, 4, 'error', (i) =>
        i % 2 === 0
          ? `Payout ${payoutId(i, 2)} to api.northbank.example failed (${reqId(i, 2)}): write EPROTO error:0A000418:SSL routines::tlsv1 alert unknown ca (SSL alert number 48) during client certificate verification`
          : `Refund for ${orderId(i, 3)} failed (${reqId(i, 3)}): bank-payouts TLS handshake rejected: peer could not verify our client certificate (alert 48 unknown_ca)`,
      ),
      ...logBurst(
        pluginId,
        reloaded + 20_000,
        now + 1,
        2,
        'warn',
        (i) => `Payout ${payoutId(i, 4)} queued for retry (attempt ${(i % 5) + 1}/5) after TLS handshake failure with api.northbank.example`,
      ),
    );
    addDependency(s, NORTHBANK, (t) =>
      t > reloaded ? { status: 'unhealthy', message: 'mTLS handshake failed: tlsv1 alert unknown ca (client certificate rejected)' } : undefined,
    );
    addCheck(s, 'tls:payouts-client-certificate', (t) =>
      t < renewed
        ? { status: 'passed', data: { serial: '3c:9e:71', daysToExpiry: 30, chainLength: 2 } }
        : { status: 'passed', data: { serial: '4f:1a:d2', daysToExpiry: 90, chainLength: 1 } },
    );
    reportHealth(s, onset + 40_000, 'degraded', 'dependency bank-payouts is unhealthy: mTLS handshake rejected (unknown CA); payouts and refunds failing');
    return s;
  },
  expected: { category: 'configuration', mentions: /payouts-client-tls|client certificate|certificate chain|intermediate/i },
};

// ── 2. Duplicate reference rows from a retried job ───────────────────────────────────────────
// The nightly fx-rates-sync job writes the day's 168 exchange rates into orders-db's fx_rates
// table at 04:30. Tonight its first attempt commits but the acknowledgement times out; the job
// runner retries and the second attempt inserts the same 168 rates again (the table has no
// unique key on currency and day). Nothing fails yet: the plugin's rate cache still holds
// yesterday's rows. At 04:45 the cache refreshes (336 rows instead of 168) and every price
// conversion, a scalar subquery on fx_rates, fails with "more than one row returned by a
// subquery": checkouts and carts in non-euro currencies fail (errors +8 % at this hour, when
// American and Asian customers dominate), euro ones work. No deploy, no setting, orders-db
// healthy: the stored data is wrong, deleting the duplicates fixes it: data corruption.
const FX_AT = atTimeOfDay(4, 45);
const CURRENCIES = ['USD', 'GBP', 'JPY', 'CHF', 'SEK', 'PLN', 'AUD'];
const fxDuplicates: FaultScenario = {
  name: 'fx-rates-duplicate-rows',
  summary: 'retried fx-rates-sync inserts every rate twice; price conversion subqueries return two rows: non-euro checkouts fail, errors +8 %',
  timeline: FX_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const job = onset - 15 * MIN;
    const s = buildScenario(pluginId, now, 502, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN); // each instance refreshes its cache within the minute
        if (m === 'error-rate') return v + 0.08 * k;
        if (m === 'response-time') return v * (1 - 0.05 * k); // failed conversions answer fast
        if (m === 'throughput') return v * (1 + 0.05 * k); // customers retry the checkout
        return undefined;
      },
    });
    const refreshes: number[] = [];
    for (let t = Math.ceil(s.from / (15 * MIN)) * 15 * MIN; t <= now; t += 15 * MIN) refreshes.push(t);
    s.events.push(
      { pluginId, timestamp: onset - 20 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 11.4.0', data: { version: '11.4.0' } },
      // Yesterday's run, as every night.
      {
        pluginId,
        timestamp: job - 24 * HOUR,
        kind: 'other',
        level: 'info',
        message: 'Scheduled job fx-rates-sync started (cron 30 4 * * *)',
        data: { job: 'fx-rates-sync' },
      },
      {
        pluginId,
        timestamp: job - 24 * HOUR + 9_000,
        kind: 'other',
        level: 'info',
        message: 'Scheduled job fx-rates-sync finished: 168 rates written to fx_rates (exit 0, 1 attempt)',
        data: { job: 'fx-rates-sync', exitCode: 0 },
      },
      // Tonight's.
      {
        pluginId,
        timestamp: job,
        kind: 'other',
        level: 'info',
        message: 'Scheduled job fx-rates-sync started (cron 30 4 * * *)',
        data: { job: 'fx-rates-sync' },
      },
      {
        pluginId,
        timestamp: job + 41_000,
        kind: 'log',
        level: 'warn',
        message: 'fx-rates-sync attempt 1/3 failed: timeout waiting for commit acknowledgement from orders-db after 30000 ms; retrying in 30 s',
      },
      {
        pluginId,
        timestamp: job + 84_000,
        kind: 'other',
        level: 'info',
        message: 'Scheduled job fx-rates-sync finished: 168 rates written to fx_rates (exit 0, 2 attempts)',
        data: { job: 'fx-rates-sync', exitCode: 0 },
      },
      ...refreshes.map((t) => ({
        pluginId,
        timestamp: t,
        kind: 'log' as const,
        level: 'info' as const,
        message: `FX rate cache refreshed from orders-db: ${t >= onset ? 336 : 168} rows for today`,
      })),
      ...logBurst(pluginId, onset + 10_000, now + 1, 3, 'error', (i) => {
        const cur = CURRENCIES[i % CURRENCIES.length];
        return i % 2 === 0
          ? `POST /v1/checkout 500 (${reqId(i, 21)}): error: more than one row returned by a subquery used as an expression (convertPrice ${cur} → EUR for ${orderId(i, 21)}: SELECT rate FROM fx_rates WHERE currency = '${cur}' AND day = current_date)`
          : `GET /v1/cart/crt_${(i * 9_173 + 41) % 999_983} 500 (${reqId(i, 22)}): price conversion ${cur}/EUR failed: more than one row returned by a subquery used as an expression`;
      }),
    );
    reportHealth(s, onset + 3 * MIN, 'degraded', 'checkout failing for non-euro currencies: price conversion errors');
    return s;
  },
  expected: { category: 'data-corruption', mentions: /fx_rates|fx-rates|duplicate|more than one row/i },
};

// ── 3. Node clock drifting past a partner's signing window ───────────────────────────────────
// Yesterday at 11:25 the platform team rolled the node pool onto a new base image in which the
// time-sync daemon (chronyd) is masked. Nothing corrects the VMs' clocks any more and they run
// fast by about 3 s an hour (the agent's clock check turns to warning, nobody is paged). The
// payment provider api.paystream.example signs-and-checks every request's X-Paystream-Timestamp
// within ±60 s of its own clock; around 07:25 the node's offset crosses 60 s and payment
// authorisations and captures are refused with 401 request_timestamp_out_of_window, a growing
// share as the offset grows (errors → +4.5 %). The provider is healthy (its health endpoint is
// unsigned and answers), the plugin's code did not change; re-enabling time sync on the nodes is
// the fix. A host setting shipped with the image: configuration.
const CLOCK_AT = atTimeOfDay(7, 25);
const PAYSTREAM = { id: 'paystream', host: 'api.paystream.example', port: 443 };
const clockSkew: FaultScenario = {
  name: 'clock-drift-signed-requests',
  summary: 'new node image masks chronyd; clock drifts +3 s/h for 20 h, past paystream’s ±60 s signing window: 401 timestamp out of window, errors → +4.5 %',
  timeline: CLOCK_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const upgrade = onset - 20 * HOUR;
    const drift = 60 / 20; // seconds an hour: 60 s at the onset
    const r = rng(5031);
    const offset = (t: number) => (t < upgrade + 4 * MIN ? 0.004 + 0.01 * r() : ((t - upgrade) / HOUR) * drift + 0.15 * r());
    const s = buildScenario(pluginId, now, 503, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 8 * MIN); // requests with a slower path cross the window first, then all
        if (m === 'error-rate') return v + 0.045 * k;
        if (m === 'throughput') return v * (1 + 0.04 * k); // shoppers retry the payment
        return undefined;
      },
    });
    addSeries(s, 'clock.offset-seconds', offset);
    s.events.push(
      { pluginId, timestamp: onset - 26 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 2.31.0', data: { version: '2.31.0' } },
      {
        pluginId,
        timestamp: upgrade,
        kind: 'other',
        level: 'info',
        message: 'Node pool np-general-4 upgraded to base image ubuntu-22.04-20250612.1 (rolling, 3 nodes)',
        data: { nodePool: 'np-general-4', image: 'ubuntu-22.04-20250612.1', previous: 'ubuntu-22.04-20250402.3' },
      },
      { pluginId, timestamp: upgrade + 4 * MIN, kind: 'restart', level: 'info', message: 'Restarted: pod rescheduled onto upgraded node np-general-4-7x2c' },
      {
        pluginId,
        timestamp: upgrade + 4 * MIN + 12_000,
        kind: 'log',
        level: 'warn',
        message: 'Time synchronisation: chronyd.service is masked; system clock not synchronised (NTP synchronized: no)',
      },
      ...logBurst(
        pluginId,
        s.from + MIN,
        onset,
        1 / 4,
        'info',
        (i) => `Payment ${orderId(i, 30)} authorised by api.paystream.example in ${210 + (i % 13) * 11} ms`,
      ),
      ...logBurst(pluginId, onset + 15_000, now + 1, 4, 'error', (i) => {
        const skew = (60.1 + ((i * 7) % 30) * 0.1).toFixed(1);
        return i % 3 === 2
          ? `Capture for ${orderId(i, 31)} rejected by api.paystream.example (${reqId(i, 31)}): 401 request_timestamp_out_of_window`
          : `Payment authorisation for ${orderId(i, 32)} failed (${reqId(i, 32)}): POST https://api.paystream.example/v3/authorisations -> 401 {"error":"request_timestamp_out_of_window","detail":"X-Paystream-Timestamp is ${skew} s ahead of server time (allowed ±60 s)"}`;
      }),
    );
    addDependency(s, PAYSTREAM, () => undefined);
    addCheck(s, 'node:clock-sync', (t) => {
      const off = offset(t);
      const data = { offsetSeconds: Number(off.toFixed(2)), reference: 'time.internal', daemon: t < upgrade ? 'chronyd (synchronised)' : 'none' };
      if (off >= 60) return { status: 'failed', message: `clock offset +${off.toFixed(1)} s against time.internal; chronyd not running`, data };
      if (off >= 1) return { status: 'warning', message: `clock offset +${off.toFixed(1)} s against time.internal; chronyd not running`, data };
      return { status: 'passed', data };
    });
    reportHealth(s, onset, 'degraded', 'node clock +60 s (not synchronised): payment calls to api.paystream.example rejected, request timestamp out of window');
    return s;
  },
  expected: { category: 'configuration', mentions: /clock|skew|chrony|NTP|time.?sync/i },
};

// ── 4. Release that defeats the product cache ────────────────────────────────────────────────
// Version 6.8.0 (09:33, "localised product pages") builds the product cache key from the raw
// Accept-Language header and the session id, so no two requests share an entry: the hit ratio
// of the product cache falls from 0.93 to 0.04 as the new pods take traffic. Every product read
// now goes to orders-db: slow queries, connections up, the database degraded under ~12× its
// usual read load; latency ×2.3, requests timing out on the pool (errors +2.5 %) in the rising
// morning traffic. orders-db is a victim, not the cause; the previous version ran a day without
// trouble and rolling back fixes it: code defect.
const CACHE_AT = atTimeOfDay(9, 40);
const cacheKeyRegression: FaultScenario = {
  name: 'cache-key-regression-deploy',
  summary: 'deploy 6.8.0 puts locale and session in the product cache key: hit ratio 0.93 → 0.04, orders-db overloaded, latency ×2.3, errors +2.5 %',
  timeline: CACHE_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const deploy = onset - 7 * MIN;
    const rollout = (t: number) => ramp(t, deploy + MIN, 6 * MIN); // pods replaced one by one
    const s = buildScenario(pluginId, now, 504, {
      dependency: (d, t) =>
        d === 'orders-db' && t >= onset + 5 * MIN ? { status: 'degraded', message: 'p95 query time 920 ms; 94 of 100 connections in use' } : undefined,
      metric: (m, t, v) => {
        const x = rollout(t);
        if (x === 0) return undefined;
        if (m === 'connection-count') return Math.round(v + 30 * x);
        if (m === 'cpu-usage') return Math.min(95, v + 9 * x);
        if (t < onset) return undefined;
        const k = ramp(t, onset, 4 * MIN); // the database saturates as the last pods switch
        if (m === 'latency') return v * (1 + 1.3 * k);
        if (m === 'response-time') return v * (1 + 1.1 * k);
        if (m === 'queue-depth') return v + Math.round(6 * k);
        if (m === 'error-rate') return v + 0.025 * ramp(t, onset + 2 * MIN, 6 * MIN);
        return undefined;
      },
    });
    const r = rng(5041);
    addSeries(s, 'cache.product-hit-ratio', (t) => Math.max(0, 0.93 - 0.89 * rollout(t) + (r() - 0.5) * 0.02));
    s.events.push(
      { pluginId, timestamp: onset - 27 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 6.7.3', data: { version: '6.7.3' } },
      {
        pluginId,
        timestamp: deploy,
        kind: 'deploy',
        level: 'info',
        message: 'Deployed version 6.8.0 (localised product pages)',
        data: { version: '6.8.0', previous: '6.7.3', commit: '9c2f0ab' },
      },
      { pluginId, timestamp: deploy + 11_000, kind: 'restart', level: 'info', message: 'Restarted for deploy of 6.8.0' },
      ...logBurst(
        pluginId,
        deploy + 2 * MIN,
        now + 1,
        1 / 2,
        'warn',
        (i) => `Product cache miss rate ${94 + (i % 5)}% over the last minute (${1_100 + (i % 9) * 37} new keys, ${i % 3} reused)`,
      ),
      ...logBurst(
        pluginId,
        onset,
        now + 1,
        6,
        'warn',
        (i) => `Slow query on products took ${850 + ((i * 173) % 1_400)}ms (${sku(i, 41)}, SELECT … FROM products JOIN prices …)`,
      ),
      ...logBurst(pluginId, onset + 2 * MIN, now + 1, 4, 'error', (i) =>
        i % 2 === 0
          ? `GET /v1/products/${sku(i, 42)} 503 (${reqId(i, 42)}): timeout acquiring a connection from pool orders-db after 2000 ms`
          : `GET /v1/catalog?page=${(i % 40) + 1} 504 (${reqId(i, 43)}): canceling statement due to statement timeout (orders-db)`,
      ),
    );
    reportHealth(s, onset + 5 * MIN, 'degraded', 'p95 latency 780 ms above the 250 ms objective; product cache hit ratio 4 %');
    return s;
  },
  expected: { category: 'code-defect', mentions: /6\.8\.0/ },
};

// ── 5. Cloud volume out of I/O burst credits ─────────────────────────────────────────────────
// The plugin keeps its local search index and outbox on a 300 GiB burstable cloud volume with a
// baseline of 900 IOPS. Normal traffic needs 300-600; at 08:40 the backfill of a new tenant's
// 2.1 M documents starts and writes ~1 900 IOPS on top, paid from the volume's burst credits.
// The credit balance falls for five hours (the agent's volume check warns under 20 %) and reaches
// 0 at 13:40: the volume is throttled to its 900 IOPS baseline, disk wait goes from ~1 ms to
// ~90 ms, fsyncs and index reads stall. Latency ×2.6, writes time out (errors +3.5 %), requests
// queue. No deploy, no change, no dependency unwell: the plugin ran out of a resource it owns.
const IOPS_AT = atTimeOfDay(13, 40);
const BASELINE_IOPS = 900;
const burstCredits: FaultScenario = {
  name: 'volume-burst-credits-exhausted',
  summary:
    'a tenant backfill drains the data volume’s burst credits over 5 h; at 0 % it is throttled to 900 IOPS: disk wait 1 → 90 ms, latency ×2.6, errors +3.5 %',
  timeline: IOPS_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const backfill = onset - 5 * HOUR;
    const r = rng(5051);
    const balance = (t: number) => (t < backfill ? 100 : t >= onset ? 0 : 100 * (1 - ramp(t, backfill, onset - backfill) ** 1.15));
    const s = buildScenario(pluginId, now, 505, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 2 * MIN);
        if (m === 'latency') return v * (1 + 1.6 * k);
        if (m === 'response-time') return v * (1 + 1.4 * k);
        if (m === 'error-rate') return v + 0.035 * k;
        if (m === 'queue-depth') return v + Math.round(14 * k);
        if (m === 'throughput') return v * (1 - 0.06 * k);
        return undefined;
      },
    });
    addSeries(s, 'disk.burst-balance-percent', (t) => Math.max(0, Math.min(100, balance(t) + (t < backfill ? 0 : (r() - 0.5) * 0.6))));
    addSeries(s, 'disk.write-iops', (t) => {
      const demand = 120 + 520 * loadAt(t) + 40 * r() + (t >= backfill ? 1_900 : 0);
      return Math.round(t >= onset ? BASELINE_IOPS - 15 * r() : demand);
    });
    addSeries(s, 'disk.await-ms', (t) => (t >= onset ? 70 + 40 * r() : 0.8 + 0.6 * r()));
    s.events.push(
      { pluginId, timestamp: onset - 21 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 1.40.2', data: { version: '1.40.2' } },
      {
        pluginId,
        timestamp: backfill,
        kind: 'other',
        level: 'info',
        message: 'Backfill job for tenant t_4410 started: 2.1 M documents into the local index store /var/lib/plugin/index',
        data: { job: 'tenant-backfill', tenant: 't_4410', documents: 2_100_000 },
      },
      ...logBurst(
        pluginId,
        backfill + 30 * MIN,
        now + 1,
        1 / 30,
        'info',
        (i) => `Backfill t_4410: ${Math.min(2_100, (i + 1) * 190)} k of 2 100 k documents indexed`,
      ),
      ...logBurst(
        pluginId,
        onset + 30_000,
        now + 1,
        3,
        'warn',
        (i) => `Index store write stall: ${400 + ((i * 211) % 3_100)} ms waiting for flush (disk await ${70 + (i % 9) * 5} ms)`,
      ),
      ...logBurst(pluginId, onset + MIN, now + 1, 5, 'error', (i) =>
        i % 2 === 0
          ? `POST /v1/orders 504 (${reqId(i, 51)}): fsync of outbox segment 000${4_410 + (i % 80)}.log took ${4_000 + ((i * 331) % 2_500)} ms`
          : `GET /v1/search?q=${['boots', 'lamp', 'desk', 'kettle'][i % 4]} 500 (${reqId(i, 52)}): local index read timed out after 2000 ms`,
      ),
    );
    addCheck(s, 'disk:data-volume', (t) => {
      const b = Math.round(balance(t));
      const data = { volume: 'data (300 GiB, burstable)', burstBalancePercent: b, baselineIops: BASELINE_IOPS };
      if (b <= 0) return { status: 'failed', message: `burst balance 0 %: volume throttled to its ${BASELINE_IOPS} IOPS baseline`, data };
      if (b < 20) return { status: 'warning', message: `burst balance ${b} %: writes above the ${BASELINE_IOPS} IOPS baseline`, data };
      return { status: 'passed', data };
    });
    reportHealth(s, onset, 'degraded', `data volume out of burst credits, throttled to ${BASELINE_IOPS} IOPS; disk await 90 ms`);
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /burst|IOPS|disk|throttl|await/i },
};

// ── 6. Load balancer resetting idle keep-alive connections ───────────────────────────────────
// The plugin reserves stock on inventory-api through the internal load balancer 10.0.7.20 and
// keeps idle connections in its keep-alive pool for 90 s. At 16:50 the network team lowers the
// balancer's idle timeout from 350 s to 60 s (a change on their side, not in the plugin's feed);
// the balancer forgets flows idle for more than a minute without telling either end, and the
// next request on such a socket gets a TCP reset. At the afternoon peak a few percent of calls
// reuse such a socket: idempotent reads are retried and succeed, reservations (POST) fail with
// ECONNRESET / socket hang up (errors +2.8 %). TCP resets received jump from ~0 to ~40 a
// minute. inventory-api itself is healthy (its checks open fresh connections), the plugin did not
// change: connections are being cut on the network path: network issue.
const LB_AT = atTimeOfDay(16, 50);
const INVENTORY = { id: 'inventory-api', host: 'inventory-api.internal', port: 443 };
const idleResets: FaultScenario = {
  name: 'lb-idle-timeout-resets',
  summary:
    'internal LB idle timeout cut below the 90 s keep-alive: reused sockets to inventory-api get reset, ECONNRESET on reservations, errors +2.8 %, deps healthy',
  timeline: LB_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const s = buildScenario(pluginId, now, 506, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN);
        if (m === 'error-rate') return v + 0.028 * k;
        if (m === 'latency') return v * (1 + 0.08 * k); // retried reads pay a new handshake
        if (m === 'connection-count') return Math.round(v + 5 * k); // reset sockets replaced by new ones
        return undefined;
      },
    });
    const r = rng(5061);
    addSeries(s, 'net.tcp-resets-received', (t) => (t < onset ? Math.round(r() * 1.4) : Math.round((28 + 18 * r()) * (0.6 + 0.6 * loadAt(t)))));
    s.events.push(
      { pluginId, timestamp: onset - 8 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 5.12.1', data: { version: '5.12.1' } },
      ...scattered(
        pluginId,
        onset - 26 * HOUR,
        onset - 2 * HOUR,
        3,
        5062,
        'warn',
        (i) => `Retried idempotent GET inventory-api.internal/v2/stock/${sku(i, 60)} after read ECONNRESET (${reqId(i, 60)}): succeeded in 41 ms`,
      ),
      ...logBurst(
        pluginId,
        onset + 5_000,
        now + 1,
        3,
        'warn',
        (i) =>
          `Retried idempotent GET inventory-api.internal/v2/stock/${sku(i, 61)} after read ECONNRESET on a reused connection (${reqId(i, 61)}): succeeded in ${32 + (i % 17) * 3} ms`,
      ),
      ...logBurst(pluginId, onset + 10_000, now + 1, 5, 'error', (i) =>
        i % 2 === 0
          ? `Stock reservation for ${orderId(i, 62)} failed (${reqId(i, 62)}): POST https://inventory-api.internal/v2/reservations: read ECONNRESET (10.0.7.20:443, keep-alive socket idle ${61 + ((i * 7) % 29)} s)`
          : `Stock reservation for ${orderId(i, 63)} failed (${reqId(i, 63)}): socket hang up (inventory-api.internal via 10.0.7.20:443)`,
      ),
    );
    addDependency(s, INVENTORY, () => undefined);
    reportHealth(
      s,
      onset + 4 * MIN,
      'degraded',
      'stock reservations failing: ECONNRESET on reused connections to inventory-api (inventory-api reports healthy)',
    );
    return s;
  },
  expected: { category: 'network-issue', mentions: /ECONNRESET|reset|idle|keep.?alive|socket hang up/i },
};

// ── 7. Leaked partner API key used to scrape customer records ────────────────────────────────
// A partner (shopfront-berlin) commits its live API key ak_live_7731 to a public repository.
// From 20:45 a scraper uses the key from hundreds of proxy IPs (usually 2) to walk
// /v1/customers/{id} and their orders in sequence. The key is valid, so every request is
// answered: traffic ×2.5, CPU +24 points, latency ×1.45, the heaviest order-history calls miss
// their deadline (errors +2 %). The agent's key-usage check fails. Nothing in the plugin changed
// or broke; customer data is leaving through a stolen credential, and revoking the key is the
// fix: security breach.
const LEAK_AT = atTimeOfDay(20, 45);
const leakedApiKey: FaultScenario = {
  name: 'leaked-api-key-scraping',
  summary: 'leaked partner key ak_live_7731 used from 300+ IPs to enumerate customer records: traffic ×2.5, CPU +24, latency ×1.45, errors +2 %',
  timeline: LEAK_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const scraping = (t: number) => ramp(t, onset, 3 * MIN);
    const ips = (t: number) => Math.round(2 + 310 * ramp(t, onset, 10 * MIN));
    const s = buildScenario(pluginId, now, 507, {
      metric: (m, t, v) => {
        const k = scraping(t);
        if (k === 0) return undefined;
        if (m === 'throughput') return v + 105 * k;
        if (m === 'cpu-usage') return Math.min(96, v + 24 * k);
        if (m === 'latency') return v * (1 + 0.45 * k);
        if (m === 'response-time') return v * (1 + 0.35 * k);
        if (m === 'connection-count') return Math.round(v * (1 + 0.6 * k));
        if (m === 'memory-usage') return v + 12 * MiB * k;
        if (m === 'error-rate') return v + 0.02 * k;
        return undefined;
      },
    });
    const r = rng(5071);
    addSeries(s, 'auth.apikey-max-distinct-ips', (t) => (t < onset ? 2 + Math.round(r()) : ips(t) + Math.round(6 * r())));
    s.events.push(
      { pluginId, timestamp: onset - 10 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 8.6.0', data: { version: '8.6.0' } },
      ...logBurst(
        pluginId,
        onset + 20_000,
        now + 1,
        4,
        'warn',
        (i) => `API key ak_live_7731 (partner shopfront-berlin) used from new IP ${ipOf(i, 70)} (AS${[60_729, 9_009, 212_238, 16_276][i % 4]}); first seen`,
      ),
      ...logBurst(
        pluginId,
        onset + 30_000,
        now + 1,
        12,
        'info',
        (i) => `GET /v1/customers/cus_${400_120 + i * 3} 200 ${28 + ((i * 13) % 40)}ms key=ak_live_7731 ip=${ipOf(i, 71)}`,
      ),
      ...logBurst(
        pluginId,
        onset + 2 * MIN,
        now + 1,
        2,
        'error',
        (i) => `GET /v1/customers/cus_${400_260 + i * 7}/orders?limit=500 exceeded its 2000 ms deadline (${reqId(i, 72)}, key=ak_live_7731)`,
      ),
    );
    addCheck(s, 'security:api-key-usage', (t) => {
      const n = ips(t);
      if (t >= onset && n > 20)
        return {
          status: 'failed',
          message: `key ak_live_7731 (partner shopfront-berlin) used from ${n} IPs in 10 min (usually 2); 96% of its requests walk /v1/customers in sequence`,
          data: { key: 'ak_live_7731', distinctIps: n },
        };
      return { status: 'passed', data: { maxDistinctIpsPerKey: 2 } };
    });
    reportHealth(s, onset + 5 * MIN, 'degraded', 'API key ak_live_7731 used from hundreds of IPs enumerating customer records; latency above objective');
    return s;
  },
  expected: { category: 'security-breach', mentions: /ak_live_7731|API key|credential|enumerat/i },
};

// ── 8. Search cluster gone read-only ─────────────────────────────────────────────────────────
// The plugin indexes orders and product updates into search-cluster (Elasticsearch, another
// team's, declared as a dependency). Another tenant's log indices fill the cluster's data nodes;
// at 22:15 two of them pass the 95 % flood-stage disk watermark and the cluster puts every index
// on them read-only (read_only_allow_delete). Searches still work; every write is refused with
// 429 cluster_block_exception: product updates fail (errors +4.5 %), order indexing backs up
// (backlog 0 → 3 500), retries add latency. The agent's dependency check reports search-cluster
// degraded. The plugin changed nothing and did nothing wrong: dependency failure.
const SEARCH_AT = atTimeOfDay(22, 15);
const SEARCH = { id: 'search-cluster', host: 'search.internal', port: 9200 };
const searchReadOnly: FaultScenario = {
  name: 'search-cluster-read-only',
  summary:
    'search-cluster passes its flood-stage watermark and turns indices read-only: writes 429 cluster_block_exception, errors +4.5 %, indexing backlog 0 → 3 500',
  timeline: SEARCH_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const s = buildScenario(pluginId, now, 508, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN);
        if (m === 'error-rate') return v + 0.045 * k;
        if (m === 'latency') return v + 90 * k; // the client retries a refused write twice
        if (m === 'response-time') return v * (1 + 0.12 * k);
        if (m === 'queue-depth') return v + Math.round(25 * ramp(t, onset, 20 * MIN));
        return undefined;
      },
    });
    const r = rng(5081);
    addSeries(s, 'search.index-backlog', (t) => (t < onset ? Math.round(r() * 15) : Math.round(10 + ((t - onset) / MIN) * 118 + r() * 20)));
    s.events.push(
      { pluginId, timestamp: onset - 15 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 4.4.1', data: { version: '4.4.1' } },
      ...logBurst(
        pluginId,
        s.from + 30_000,
        onset,
        1 / 2,
        'info',
        (i) => `Bulk indexed ${20 + ((i * 17) % 60)} documents into orders-v3 in ${35 + ((i * 7) % 50)} ms`,
      ),
      ...logBurst(pluginId, onset + 5_000, now + 1, 6, 'error', (i) =>
        i % 2 === 0
          ? `Indexing ${orderId(i, 81)} into orders-v3 failed (${reqId(i, 81)}): 429 cluster_block_exception: index [orders-v3] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block]`
          : `PUT /v1/products/${sku(i, 82)} 503 (${reqId(i, 82)}): search-cluster refused the update to products-v7: index has read-only-allow-delete block`,
      ),
      ...logBurst(
        pluginId,
        onset + MIN,
        now + 1,
        1 / 2,
        'warn',
        (i) => `Search indexing backlog ${(i + 1) * 236} documents; retrying bulk request in 30 s (search-cluster refusing writes)`,
      ),
    );
    addDependency(s, SEARCH, (t) =>
      t >= onset
        ? {
            status: 'degraded',
            message: 'flood-stage disk watermark [95%] exceeded on search-data-2, search-data-4: indices read-only-allow-delete, writes refused',
          }
        : t >= onset - 50 * MIN
          ? { status: 'healthy', message: 'high disk watermark [90%] exceeded on search-data-2: relocating shards' }
          : undefined,
    );
    reportHealth(s, onset, 'degraded', 'dependency search-cluster is read-only (flood-stage disk watermark): product updates and order indexing failing');
    return s;
  },
  expected: { category: 'dependency-failure', mentions: /search-cluster|read.only|cluster_block|flood.stage/i },
};

// ── 9. Noise: a vulnerability scanner next to a healthy canary ───────────────────────────────
// At 17:45 version 9.0.0 goes to a canary (1 of 6 instances, 15 % of traffic) and behaves like
// the rest. From 18:36 an internet scanner probes the plugin's public host for seven minutes
// (/.env, /wp-login.php, /.git/config, /actuator/env ...): ~30 requests a minute, all answered
// 404 in a few milliseconds (the canary gets its share), then throttled. Client errors are not
// the plugin's errors: error rate, latency (a little lower, 404s are fast) and health are as
// usual. Background noise of the internet, and an unremarkable canary: no incident.
const SCAN_AT = atTimeOfDay(18, 35);
const SCAN_PATHS = [
  '/.env',
  '/wp-login.php',
  '/.git/config',
  '/actuator/env',
  '/phpmyadmin/index.php',
  '/server-status',
  '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php',
  '/config.json',
];
const scannerNextToCanary: FaultScenario = {
  name: 'noise-scanner-404s-canary',
  summary: 'canary 9.0.0 healthy on 1 of 6 instances; a scanner sends ~30 req/min of 404 probes for 7 min; errors, latency and health unchanged',
  timeline: SCAN_AT,
  build: (pluginId, now) => {
    const start = now - AFTER_ONSET_MS;
    const canary = start - 50 * MIN;
    const scan = start + MIN;
    const during = (t: number) => t >= scan && t < scan + 7 * MIN;
    const s = buildScenario(pluginId, now, 509, {
      metric: (m, t, v) => {
        if (!during(t)) return undefined;
        if (m === 'throughput') return v + 30;
        if (m === 'latency') return v * 0.95;
        if (m === 'response-time') return v * 0.93;
        if (m === 'cpu-usage') return v + 1.5;
        return undefined;
      },
    });
    s.events.push(
      { pluginId, timestamp: start - 22 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 8.14.2', data: { version: '8.14.2' } },
      {
        pluginId,
        timestamp: canary,
        kind: 'deploy',
        level: 'info',
        message: 'Deployed version 9.0.0 to canary (1 of 6 instances, 15% of traffic)',
        data: { version: '9.0.0', previous: '8.14.2', canary: true, share: 0.15 },
      },
      ...logBurst(
        pluginId,
        canary + 10 * MIN,
        now + 1,
        1 / 10,
        'info',
        (i) => `Canary 9.0.0: ${310 + i * 17} requests, 0 server errors, p95 ${108 + (i % 5) * 3} ms (baseline ${111 + (i % 3) * 2} ms)`,
      ),
      ...logBurst(
        pluginId,
        scan,
        scan + 7 * MIN,
        30,
        'warn',
        (i) =>
          `404 GET ${SCAN_PATHS[(i * 3) % SCAN_PATHS.length]}${i % 4 === 0 ? `?v=${i}` : ''} from 45.155.205.12 in ${2 + (i % 4)} ms on ${i % 6 === 0 ? 'canary 9.0.0' : 'stable 8.14.2'} (User-Agent: ${i % 2 ? 'Mozilla/5.0 zgrab/0.x' : 'Nuclei - Open-source project (github.com/projectdiscovery/nuclei)'})`,
      ),
      {
        pluginId,
        timestamp: scan + 7 * MIN,
        kind: 'log',
        level: 'info',
        message: 'Rate limiter: client 45.155.205.12 throttled (429) after 210 requests in 7 min',
      },
    );
    return s;
  },
  expected: null,
};

// ── 10. Noise: the nightly autoscaler scale-in ───────────────────────────────────────────────
// Every night as traffic falls the autoscaler removes two of the five instances (23:50 and
// 23:56) and adds them back in the morning (07:10 and 08:30); the same happened last night.
// Each drained instance finishes its in-flight requests, closes its keep-alive connections (a
// few clients retry elsewhere, successfully) and its idle database connections go with it:
// connections −8, per-instance CPU up by the share the remaining instances take over, memory a
// little up, latency +4 %. No error, health healthy: capacity following load, no incident.
const SCALE_AT = atTimeOfDay(23, 50);
const nightlyScaleIn: FaultScenario = {
  name: 'noise-nightly-scale-in',
  summary: 'autoscaler removes 2 of 5 instances at night (as the night before): connections −8, per-instance CPU ×1.6, latency +4 %, no errors, healthy',
  timeline: SCALE_AT,
  build: (pluginId, now) => {
    const start = now - AFTER_ONSET_MS;
    const nights = [start - 24 * HOUR, start];
    const instances = (t: number) => {
      for (const x of nights) {
        if (t >= x && t < x + 6 * MIN) return 4;
        if (t >= x + 6 * MIN && t < x + 7 * HOUR + 20 * MIN) return 3;
        if (t >= x + 7 * HOUR + 20 * MIN && t < x + 8 * HOUR + 40 * MIN) return 4;
      }
      return 5;
    };
    const s = buildScenario(pluginId, now, 510, {
      metric: (m, t, v) => {
        const n = instances(t);
        if (n === 5) return undefined;
        if (m === 'cpu-usage') return Math.min(95, 12 + (v - 12) * (5 / n)); // averages over fewer instances
        if (m === 'memory-usage') return v + (5 / n - 1) * 10 * MiB;
        if (m === 'connection-count') return Math.max(0, Math.round(v - 4 * (5 - n)));
        if (m === 'latency') return v * (1 + 0.02 * (5 - n));
        return undefined;
      },
    });
    for (const [night, x] of nights.entries()) {
      const pod = (i: number) => `orders-api-6f4b9-${['q7tzm', 'w2hxd', 'k9pvr', 'c5lnb'][night * 2 + i]}`;
      s.events.push(
        {
          pluginId,
          timestamp: x,
          kind: 'scale',
          level: 'info',
          message: 'Autoscaler removed an instance (5 → 4): cpu-usage 19% below the 40% scale-in threshold for 15 min',
        },
        {
          pluginId,
          timestamp: x + 6 * MIN,
          kind: 'scale',
          level: 'info',
          message: 'Autoscaler removed an instance (4 → 3): cpu-usage 23% below the 40% scale-in threshold for 15 min',
        },
      );
      for (const [i, d] of [x, x + 6 * MIN].entries()) {
        s.events.push(
          {
            pluginId,
            timestamp: d + 15_000,
            kind: 'log',
            level: 'info',
            message: `Draining instance ${pod(i)}: ${9 + i * 4} in-flight requests finished, ${31 + i * 6} keep-alive connections closed`,
          },
          ...[0, 1, 2].map((j) => ({
            pluginId,
            timestamp: d + 18_000 + j * 4_000,
            kind: 'log' as const,
            level: 'warn' as const,
            message: `Connection closed by server during drain of ${pod(i)}; request ${reqId(night * 10 + i * 3 + j, 100)} retried on another instance (succeeded)`,
          })),
        );
      }
    }
    const morning = nights[0];
    s.events.push(
      {
        pluginId,
        timestamp: morning + 7 * HOUR + 20 * MIN,
        kind: 'scale',
        level: 'info',
        message: 'Autoscaler added an instance (3 → 4): cpu-usage 68% above the 65% target',
      },
      {
        pluginId,
        timestamp: morning + 8 * HOUR + 40 * MIN,
        kind: 'scale',
        level: 'info',
        message: 'Autoscaler added an instance (4 → 5): cpu-usage 66% above the 65% target',
      },
      { pluginId, timestamp: start - 15 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 7.9.0', data: { version: '7.9.0' } },
    );
    return s;
  },
  expected: null,
};

export const HELDOUT_CATALOG_4: FaultScenario[] = [
  clientCertChain,
  fxDuplicates,
  clockSkew,
  cacheKeyRegression,
  burstCredits,
  idleResets,
  leakedApiKey,
  searchReadOnly,
  scannerNextToCanary,
  nightlyScaleIn,
];

export function heldoutFault4Named(name: string): FaultScenario {
  const f = HELDOUT_CATALOG_4.find((x) => x.name === name);
  if (!f) throw new Error(`no held-out (set 4) fault scenario named ${name}`);
  return f;
}
