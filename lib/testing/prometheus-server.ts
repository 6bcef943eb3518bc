// A real Prometheus (Debian's `prometheus` package, installed by scripts/test.sh) for tests and
// benchmarks: started on a free 127.0.0.1 port in a temporary folder with the given config and its
// TSDB in that folder, history optionally backfilled first with `promtool tsdb create-blocks-from
// openmetrics`. Suites that need it use `needsPrometheus` so they skip, saying why, only when the
// binaries are absent.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../connectivity/testing/free-port';
import { needs } from '../connectivity/testing/has-binary';
import { spawnServer, type RunningServer } from '../connectivity/testing/spawn-server';

/** A suite title and whether to skip it: `describe.skipIf(skip)(title, …)`. */
export function needsPrometheus(title: string): [string, boolean] {
  return needs(title, { prometheus: 'prometheus', promtool: 'prometheus' });
}

/** One series to backfill: a metric name, its labels and [epoch ms, value] samples in time order. */
export interface BackfillSeries {
  name: string;
  labels?: Record<string, string>;
  samples: readonly (readonly [number, number])[];
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** The series as an OpenMetrics exposition (gauges, timestamps in seconds, `# EOF` last). */
export function openMetricsText(series: readonly BackfillSeries[]): string {
  const byName = new Map<string, BackfillSeries[]>();
  for (const s of series) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const lines: string[] = [];
  // OpenMetrics wants each family's samples together and each series' samples in time order.
  for (const [name, family] of byName) {
    lines.push(`# TYPE ${name} gauge`);
    for (const s of family) {
      const labels = Object.entries(s.labels ?? {}).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
      const head = labels.length ? `${name}{${labels.join(',')}}` : name;
      for (const [t, v] of s.samples) lines.push(`${head} ${formatValue(v)} ${t / 1000}`);
    }
  }
  lines.push('# EOF', '');
  return lines.join('\n');
}

/** Writes TSDB blocks for `series` into `tsdbDir` (the folder Prometheus is later started on). */
export function backfillPrometheus(tsdbDir: string, series: readonly BackfillSeries[] | string): void {
  mkdirSync(tsdbDir, { recursive: true });
  const file = path.join(tsdbDir, '..', `backfill-${process.pid}-${Date.now()}.om`);
  writeFileSync(file, typeof series === 'string' ? series : openMetricsText(series));
  try {
    const run = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', file, tsdbDir], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`promtool create-blocks-from openmetrics failed (${run.status}):\n${(run.stderr || run.stdout).slice(-2000)}`);
  } finally {
    rmSync(file, { force: true });
  }
}

export interface StartPrometheusOptions {
  /** prometheus.yml: YAML text, or an object (written as JSON, which YAML reads). Default: no scrapes. */
  config?: string | Record<string, unknown>;
  /** History written into the TSDB with promtool before the server starts. */
  backfill?: readonly BackfillSeries[] | string;
  /** Extra command-line flags, e.g. `--web.enable-remote-write-receiver`. */
  args?: string[];
  readyTimeoutMs?: number;
}

export interface PrometheusServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  port: number;
  /** The temporary folder: prometheus.yml and `data/` (the TSDB). */
  dir: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  /** Stops the process but keeps the folder and port: a store that is down. */
  halt: () => Promise<void>;
  /** Starts the server again on the same folder and port after halt(). */
  restart: () => Promise<void>;
  /** Stops the server and removes its folder. */
  stop: () => Promise<void>;
}

async function isReady(url: string): Promise<boolean> {
  const res = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
  await res.body?.cancel();
  return res.ok;
}

/** Starts a real Prometheus on a free loopback port; waits for /-/ready. */
export async function startPrometheus(opts: StartPrometheusOptions = {}): Promise<PrometheusServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'console-prometheus-'));
  const tsdb = path.join(dir, 'data');
  const configFile = path.join(dir, 'prometheus.yml');
  const config = opts.config ?? { global: { scrape_interval: '15s', evaluation_interval: '15s' } };
  writeFileSync(configFile, typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  try {
    if (opts.backfill) backfillPrometheus(tsdb, opts.backfill);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    `--config.file=${configFile}`,
    `--storage.tsdb.path=${tsdb}`,
    `--web.listen-address=127.0.0.1:${port}`,
    // Backfilled history may be weeks old: the default 15 days would delete it at start.
    '--storage.tsdb.retention.time=3650d',
    '--log.level=warn',
    ...(opts.args ?? []),
  ];
  let server: RunningServer | undefined;
  let log = '';
  const launch = async () => {
    server = await spawnServer('prometheus', args, { cwd: dir, ready: () => isReady(url), readyTimeoutMs: opts.readyTimeoutMs ?? 60_000 });
  };
  const halt = async () => {
    if (!server) return;
    log += server.output();
    await server.stop();
    server = undefined;
  };
  try {
    await launch();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url,
    port,
    dir,
    output: () => log + (server?.output() ?? ''),
    halt,
    restart: launch,
    stop: async () => {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
