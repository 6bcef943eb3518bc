// How each metric reads to an operator: its label and unit, and value formatting in that unit
// (bytes in KiB/MiB/GiB, fractions as %, milliseconds switching to seconds).
export type UnitKind = 'percent' | 'fraction' | 'bytes' | 'ms' | 'per-second' | 'count';

export interface MetricInfo {
  label: string;
  unit: UnitKind;
}

const KNOWN: Record<string, MetricInfo> = {
  'cpu-usage': { label: 'CPU usage', unit: 'percent' },
  'memory-usage': { label: 'Memory usage', unit: 'bytes' },
  'response-time': { label: 'Response time', unit: 'ms' },
  'error-rate': { label: 'Error rate', unit: 'fraction' },
  throughput: { label: 'Throughput', unit: 'per-second' },
  latency: { label: 'Latency', unit: 'ms' },
  'connection-count': { label: 'Connections', unit: 'count' },
  'queue-depth': { label: 'Queue depth', unit: 'count' },
};

/** Custom metrics (e.g. `cache.hit-ratio`) fall back to their own name and a plain number. */
export function metricInfo(metric: string): MetricInfo {
  return KNOWN[metric] ?? { label: metric, unit: 'count' };
}

/** Three significant digits at most: enough to compare, short enough for an axis. */
function num(v: number): string {
  const a = Math.abs(v);
  const digits = a >= 100 || a === 0 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return v.toLocaleString('en-US', { maximumFractionDigits: digits });
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export function formatValue(v: number | null | undefined, unit: UnitKind): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  switch (unit) {
    case 'percent':
      return `${num(v)} %`;
    case 'fraction':
      return `${num(v * 100)} %`;
    case 'bytes': {
      let i = 0;
      let x = Math.abs(v);
      while (x >= 1024 && i < BYTE_UNITS.length - 1) {
        x /= 1024;
        i++;
      }
      return `${v < 0 ? '-' : ''}${num(x)} ${BYTE_UNITS[i]}`;
    }
    case 'ms':
      return Math.abs(v) >= 1000 ? `${num(v / 1000)} s` : `${num(v)} ms`;
    case 'per-second':
      return `${compact(v)}/s`;
    case 'count':
      return compact(v);
  }
}

function compact(v: number): string {
  return Math.abs(v) >= 10_000 ? v.toLocaleString('en-US', { notation: 'compact', maximumFractionDigits: 1 }) : num(v);
}

/** A duration such as `350 ms`, `4 min 30 s` or `2 h 5 min`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  return `${Math.round(h / 24)} days`;
}
