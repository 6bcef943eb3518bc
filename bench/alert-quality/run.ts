// Alert quality on the demo fleet: 7 days of simulated history with four scripted faults of known
// start and end (lib/demo/fleet), scored point by point by each plugin's default detector, and
// flagged points joined into anomalies the way ingest joins them. Prints, per plugin and in
// total, anomalies per day outside the faults, the share of faults found and the delay from a
// fault's onset to its first anomaly. `npx tsx bench/alert-quality/run.ts [days] [seed]`.
import { AIOpsMetricSchema, AnomalyDetectionConfigSchema, type AIOpsMetric } from '@/schemas';
import { createDetector, isFlagged, joinsAnomaly } from '@/lib/aiops/detectors';
import { groundTruth, PLUGIN_IDS, simulateHistory, type IncidentTruth } from '@/lib/demo/fleet';
import { median, printTable } from '../table';

const DAYS = Number(process.argv[2] ?? 7);
const SEED = Number(process.argv[3] ?? 20261207);
const NOW = Date.UTC(2026, 11, 7, 0, 0, 0);
/** An anomaly this long before a fault's onset or after its end still belongs to the fault. */
const BEFORE_MS = 10 * 60_000;
const AFTER_MS = 30 * 60_000;

interface Anomaly {
  pluginId: string;
  metric: AIOpsMetric;
  start: number;
  end: number;
}

const config = AnomalyDetectionConfigSchema.parse({ metrics: [...AIOpsMetricSchema.options] });
const metrics = new Set<string>(config.metrics);

// One detector and one open span per series, fed batch by batch in time order.
const series = new Map<string, { detector: ReturnType<typeof createDetector>; open: Anomaly | null; lastTs: number }>();
const anomalies: Anomaly[] = [];
let points = 0;
const started = performance.now();
for (const batch of simulateHistory({ now: NOW, seed: SEED, days: DAYS })) {
  for (const p of batch.points) {
    if (!metrics.has(p.metric)) continue;
    const key = `${p.pluginId}\u0000${p.metric}`;
    let s = series.get(key);
    if (!s) {
      s = { detector: createDetector(config, { metric: p.metric }), open: null, lastTs: -Infinity };
      series.set(key, s);
    }
    const ts = p.timestamp;
    if (ts <= s.lastTs) continue;
    s.lastTs = ts;
    points++;
    const out = s.detector.update({ timestamp: ts, value: p.value });
    if (!isFlagged(out.score, config.confidenceThreshold)) continue;
    if (s.open && joinsAnomaly(s.open.end, ts)) s.open.end = ts;
    else {
      s.open = { pluginId: p.pluginId, metric: p.metric as AIOpsMetric, start: ts, end: ts };
      anomalies.push(s.open);
    }
  }
}
const seconds = (performance.now() - started) / 1000;
const historyEnd = NOW;
const faults = groundTruth({ now: NOW, seed: SEED, days: DAYS });

const touches = (f: IncidentTruth, a: Anomaly) =>
  (a.pluginId === f.pluginId || (f.alsoAffected as string[]).includes(a.pluginId)) &&
  a.end >= f.start - BEFORE_MS &&
  a.start <= (f.end ?? historyEnd) + AFTER_MS;

const outside = anomalies.filter((a) => !faults.some((f) => touches(f, a)));
const delays = new Map<string, number | null>();
for (const f of faults) {
  const own = anomalies.filter((a) => a.pluginId === f.pluginId && touches(f, a)).sort((x, y) => x.start - y.start);
  delays.set(f.id, own.length ? Math.max(0, own[0].start - f.start) : null);
}

const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
const rows = PLUGIN_IDS.map((id) => {
  const own = faults.filter((f) => f.pluginId === id);
  const found = own.filter((f) => delays.get(f.id) !== null);
  const ds = found.map((f) => delays.get(f.id) as number);
  return [
    id,
    anomalies.filter((a) => a.pluginId === id).length,
    (outside.filter((a) => a.pluginId === id).length / DAYS).toFixed(2),
    own.length ? `${found.length}/${own.length}` : '–',
    ds.length ? minutes(median(ds)) : '–',
  ];
});
const allDelays = [...delays.values()].filter((d): d is number => d !== null);
rows.push([
  'total',
  anomalies.length,
  (outside.length / DAYS / PLUGIN_IDS.length).toFixed(2),
  `${allDelays.length}/${faults.length}`,
  allDelays.length ? minutes(median(allDelays)) : '–',
]);
printTable(
  `Alert quality on the demo fleet: ${DAYS} days, seed ${SEED}, default detection (${config.algorithm}, ${config.sensitivity}, threshold ${config.confidenceThreshold}); targets: ≤ 2 anomalies per plugin per day outside faults, every fault found, median delay < 2 min`,
  ['plugin', 'anomalies', 'outside faults per day', 'faults found', 'median delay'],
  rows,
);
printTable(
  'Anomalies outside faults per day, by metric (all plugins)',
  ['metric', 'per day'],
  AIOpsMetricSchema.options.map((m) => [m, (outside.filter((a) => a.metric === m).length / DAYS).toFixed(2)]),
);
printTable(
  'Each scripted fault',
  ['fault', 'plugin', 'onset', 'found after'],
  faults.map((f) => [f.kind, f.pluginId, new Date(f.start).toISOString().slice(0, 16), delays.get(f.id) === null ? 'not found' : minutes(delays.get(f.id) as number)]),
);
console.log(`\n${points.toLocaleString('en-US')} points scored in ${seconds.toFixed(1)} s`);
