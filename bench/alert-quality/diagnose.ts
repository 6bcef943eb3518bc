// Debugging aid for the alert-quality benchmark (not for tuning): every anomaly outside the
// scripted faults with its metric, time of day, peak score, value against expected, and the
// benign change events within 10 minutes before it. `npx tsx bench/alert-quality/diagnose.ts [days] [seed] [plugin]`.
import { AIOpsMetricSchema, AnomalyDetectionConfigSchema } from '@/schemas';
import { createDetector, isFlagged, joinsAnomaly } from '@/lib/aiops/detectors';
import { simulateHistory } from '@/lib/demo/fleet';

const DAYS = Number(process.argv[2] ?? 2);
const SEED = Number(process.argv[3] ?? 20261207);
const ONLY = process.argv[4];
const NOW = Date.UTC(2026, 11, 7, 0, 0, 0);
const config = AnomalyDetectionConfigSchema.parse({ metrics: [...AIOpsMetricSchema.options] });

interface Row { key: string; start: number; end: number; peak: number; value: number; expected: number; n: number; seen: number; min: number; max: number; prev: number }
const series = new Map<string, { d: ReturnType<typeof createDetector>; open: Row | null; seen: number; min: number; max: number; prev: number }>();
const rows: Row[] = [];
const events: { t: number; pluginId: string; type: string }[] = [];
for (const batch of simulateHistory({ now: NOW, seed: SEED, days: DAYS })) {
  for (const e of batch.events) if (e.kind !== 'log') events.push({ t: e.timestamp, pluginId: e.pluginId, type: e.kind });
  for (const p of batch.points) {
    if (ONLY && p.pluginId !== ONLY) continue;
    const key = `${p.pluginId} ${p.metric}`;
    let s = series.get(key);
    if (!s) series.set(key, (s = { d: createDetector(config, { metric: p.metric }), open: null, seen: 0, min: p.value, max: p.value, prev: p.value }));
    const out = s.d.update({ timestamp: p.timestamp, value: p.value });
    if (isFlagged(out.score, config.confidenceThreshold)) {
      if (s.open && joinsAnomaly(s.open.end, p.timestamp)) {
        s.open.end = p.timestamp;
        s.open.n++;
        if (out.score > s.open.peak) Object.assign(s.open, { peak: out.score, value: p.value, expected: out.expected });
      } else rows.push((s.open = { key, start: p.timestamp, end: p.timestamp, peak: out.score, value: p.value, expected: out.expected, n: 1, seen: s.seen, min: s.min, max: s.max, prev: s.prev }));
    }
    s.seen++;
    s.min = Math.min(s.min, p.value);
    s.max = Math.max(s.max, p.value);
    s.prev = p.value;
  }
}
const f = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3));
for (const r of rows) {
  const near = events.filter((e) => r.key.startsWith(e.pluginId + ' ') && e.t <= r.start && r.start - e.t <= 10 * 60_000).map((e) => e.type);
  console.log(
    [new Date(r.start).toISOString().slice(5, 16), r.key.padEnd(34), `pk ${r.peak.toFixed(3)}`, `n ${r.n}`, `x ${f(r.value)} exp ${f(r.expected)} prev ${f(r.prev)}`, `range ${f(r.min)}..${f(r.max)}`, `seen ${r.seen}`, near.join(',')].join('  '),
  );
}
