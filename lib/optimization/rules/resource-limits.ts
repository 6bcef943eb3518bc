// resource-allocation: a memory or CPU limit far above what the plugin uses (waste), or close
// to it (throttling, GC pressure, out-of-memory kills). Usage is the 1-minute series of the
// last days: "usually" is the 95th percentile of minute means, "at worst" the highest value.
import { confidenceFrom, pct, priorityFrom } from '../grade';
import { quantile, roundUpTo } from '../stats';
import type { PathChange, PluginFacts, Suggestion } from '../types';

const MiB = 1024 * 1024;
/** Minute means at or above this share of the limit for 5 % of the time: close to it. */
export const CLOSE_SHARE = 0.85;
/** Peak at or below this share of the memory limit: far above what is used. */
export const FAR_MEMORY_SHARE = 0.4;
export const FAR_CPU_SHARE = 0.35;
/** Less history than this says too little about peaks. */
const MIN_MINUTES = 12 * 60;

interface Limit {
  resource: 'memory' | 'cpu';
  value: number;
  /** Where it is set, and how to turn a proposed value into that field's unit. */
  fields: { path: string[]; toField: (v: number) => number; current: unknown }[];
  format: (v: number) => string;
}

const fmtBytes = (b: number) => (b >= 1024 * MiB ? `${(b / 1024 / MiB).toFixed(1)} GiB` : `${Math.round(b / MiB)} MiB`);
const fmtCpu = (v: number) => `${Math.round(v * 10) / 10} %`;

function memoryLimit(f: PluginFacts): Limit | null {
  const s = f.sandbox.body;
  const heap = s.memory?.maxHeap;
  const isolateMb = s.runtime?.engineConfig?.v8Isolate?.heapSizeMb;
  const value = heap ?? (isolateMb !== undefined ? isolateMb * MiB : undefined);
  if (value === undefined) return null;
  const fields: Limit['fields'] = [];
  if (heap !== undefined) fields.push({ path: ['memory', 'maxHeap'], toField: (v) => v, current: heap });
  if (isolateMb !== undefined) fields.push({ path: ['runtime', 'engineConfig', 'v8Isolate', 'heapSizeMb'], toField: (v) => Math.round(v / MiB), current: isolateMb });
  return { resource: 'memory', value, fields, format: fmtBytes };
}

function cpuLimit(f: PluginFacts): Limit | null {
  const s = f.sandbox.body;
  const runtimeCpu = s.runtime?.resourceLimits?.maxCpu;
  const sandboxCpu = s.cpu?.maxCpuPercent;
  const value = runtimeCpu ?? sandboxCpu;
  if (value === undefined) return null;
  const fields: Limit['fields'] = [];
  if (runtimeCpu !== undefined) fields.push({ path: ['runtime', 'resourceLimits', 'maxCpu'], toField: (v) => v, current: runtimeCpu });
  if (sandboxCpu !== undefined) fields.push({ path: ['cpu', 'maxCpuPercent'], toField: (v) => v, current: sandboxCpu });
  return { resource: 'cpu', value, fields, format: fmtCpu };
}

/**
 * How urgent running close to a limit is, 0..1, rising from 85 % of it to the limit itself. At a
 * memory limit the plugin is killed (critical); at a CPU limit it is throttled, slower but alive,
 * so CPU tops out at high whatever the overshoot.
 */
export function closeUrgency(resource: Limit['resource'], usual: number): number {
  const near = Math.max(0, Math.min(1, (usual - CLOSE_SHARE) / (1 - CLOSE_SHARE)));
  return resource === 'memory' ? 0.35 + 0.5 * near : 0.3 + 0.3 * near;
}

function suggest(f: PluginFacts, limit: Limit, metric: string): Suggestion | null {
  const series = f.metrics[metric];
  if (!series || series.t.length < MIN_MINUTES) return null;
  const days = series.t.length / 1440;
  const p95 = quantile(series.mean, 0.95);
  const p99 = quantile(series.mean, 0.99);
  const peak = Math.max(...series.max);
  const usual = p95 / limit.value;
  const worst = peak / limit.value;
  const memory = limit.resource === 'memory';
  const window = { from: series.t[0], to: series.t[series.t.length - 1] + 60_000 };
  const facts = [
    { label: 'Limit', value: limit.format(limit.value) },
    { label: 'Busy minutes (95th percentile of minute means)', value: `${limit.format(p95)} (${pct(usual)} of the limit)` },
    { label: 'Busiest minutes (99th percentile)', value: `${limit.format(p99)} (${pct(p99 / limit.value)} of the limit)` },
    { label: 'At worst (highest sample)', value: `${limit.format(peak)} (${pct(worst)} of the limit)` },
    { label: 'History', value: `${days.toFixed(1)} days of ${metric}` },
  ];
  const round = (v: number) => (memory ? roundUpTo(v, 16 * MiB) : Math.min(100, roundUpTo(v, 5)));
  const change = (proposed: number) => ({
    documentKind: 'sandbox' as const,
    basedOnVersion: f.sandbox.version,
    set: limit.fields.map<PathChange>((x) => ({ path: x.path, before: x.current, after: x.toField(proposed) })),
  });
  const what = memory ? 'memory (heap) limit' : 'CPU limit';

  if (usual >= CLOSE_SHARE) {
    // Room above the busiest 1 % of minutes; single spikes (incidents) do not set the limit.
    const proposed = round(p99 * 1.3);
    if (proposed <= limit.value) return null;
    return {
      evidenceKey: `${limit.resource}:close:${limit.value}:${Math.round(usual * 20)}`,
      evidence: { summary: `For 5 % of the time the plugin runs at ${pct(usual)} or more of its ${what}.`, facts, window },
      change: change(proposed),
      record: {
        type: 'resource-allocation',
        description: `Raise the ${what} from ${limit.format(limit.value)} to ${limit.format(proposed)}: at busy times the plugin uses ${pct(usual)} of it`,
        expectedImpact: {
          performanceGain: Math.round(Math.min(40, (usual - CLOSE_SHARE) * 150 + 10)),
          costReduction: -Math.round((proposed / limit.value - 1) * 50),
        },
        difficulty: 'easy',
        steps: [
          `Set ${limit.fields.map((x) => x.path.join('.')).join(' and ')} to ${limit.format(proposed)} in the sandbox document`,
          'Save it as a new version and watch the metric for a day',
          memory ? 'Check that memory levels off below the new limit rather than climbing on' : 'Check that response time drops at peak hours',
        ],
        risks: [
          memory
            ? 'If memory keeps climbing, this is a leak: a higher limit only delays the out-of-memory restart'
            : 'A higher limit lets one busy plugin take more of a shared node',
          'Each instance reserves more, which costs more',
        ],
        confidence: confidenceFrom(usual >= 1 ? 90 : 75, days),
        priority: priorityFrom(closeUrgency(limit.resource, usual)),
      },
    };
  }
  const far = memory ? FAR_MEMORY_SHARE : FAR_CPU_SHARE;
  if (worst <= far) {
    const proposed = round(Math.max(peak * 1.5, memory ? 64 * MiB : 5));
    if (proposed >= limit.value) return null;
    const saving = Math.round((1 - proposed / limit.value) * 100);
    return {
      evidenceKey: `${limit.resource}:far:${limit.value}:${Math.round(worst * 20)}`,
      evidence: { summary: `Even at its busiest the plugin used only ${pct(worst)} of its ${what}.`, facts, window },
      change: change(proposed),
      record: {
        type: 'resource-allocation',
        description: `Lower the ${what} from ${limit.format(limit.value)} to ${limit.format(proposed)}: the plugin never used more than ${pct(worst)} of it`,
        expectedImpact: {
          performanceGain: 0,
          resourceSavings: memory ? { memory: saving } : { cpu: saving },
          costReduction: Math.round(saving / 2),
        },
        difficulty: 'moderate',
        steps: [
          `Set ${limit.fields.map((x) => x.path.join('.')).join(' and ')} to ${limit.format(proposed)} in the sandbox document`,
          'Save it as a new version during a quiet hour',
          'Watch for out-of-memory restarts or throttling over the next busy day; roll back from the history if they appear',
        ],
        risks: [
          'A peak larger than any in the history (a sale, a backfill) may hit the lower limit',
          memory ? 'Too little heap makes garbage collection work harder and responses slower' : 'Too little CPU slows responses under load',
        ],
        confidence: confidenceFrom(70, days),
        priority: priorityFrom(saving / 100),
      },
    };
  }
  return null;
}

export function resourceLimitRule(f: PluginFacts): Suggestion[] {
  const out: Suggestion[] = [];
  const mem = memoryLimit(f);
  const cpu = cpuLimit(f);
  const m = mem && suggest(f, mem, 'memory-usage');
  const c = cpu && suggest(f, cpu, 'cpu-usage');
  if (m) out.push(m);
  if (c) out.push(c);
  return out;
}
