// Wording helpers for evidence text: sizes, durations and values as an operator reads them.
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export function formatBytes(v: number): string {
  let x = Math.abs(v);
  let i = 0;
  while (x >= 1024 && i < UNITS.length - 1) {
    x /= 1024;
    i++;
  }
  return `${v < 0 ? '-' : ''}${x >= 100 ? x.toFixed(0) : x.toFixed(1)} ${UNITS[i]}`;
}

export function formatDuration(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60_000);
  if (m < 1) return `${Math.round(Math.abs(ms) / 1000)} s`;
  if (m < 90) return `${m} min`;
  const h = m / 60;
  return h < 48 ? `${h.toFixed(1).replace(/\.0$/, '')} h` : `${Math.round(h / 24)} days`;
}

/** A time in milliseconds as read aloud: "340 ms", "1.4 s", "1 min 43 s" (never "103043 ms"). */
export function formatMillis(ms: number): string {
  const a = Math.abs(ms);
  if (a < 1000) return `${ms.toFixed(0)} ms`;
  if (a < 10_000) return `${(ms / 1000).toFixed(2).replace(/0$/, '')} s`;
  if (a < 60_000) return `${Math.round(ms / 1000)} s`;
  const s = Math.round(a / 1000);
  if (s < 3600) return `${ms < 0 ? '-' : ''}${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  return `${ms < 0 ? '-' : ''}${formatDuration(a)}`;
}

/** A metric value in its unit, as the charts label it. */
export function formatMetric(metric: string, v: number): string {
  if (metric === 'memory-usage') return formatBytes(v);
  if (metric === 'error-rate') return `${(v * 100).toPrecision(3)} %`;
  if (metric === 'cpu-usage') return `${v.toFixed(1)} %`;
  if (metric === 'response-time' || metric === 'latency') return formatMillis(v);
  if (metric === 'throughput') return `${v.toPrecision(3)}/s`;
  if (Number.isInteger(v) || Math.abs(v) >= 100) return v.toFixed(0);
  return Math.abs(v) < 0.005 ? '0' : v.toPrecision(3);
}

/** "5 min before", or "right before" when the gap is under a minute. */
export function before(ms: number, what: string): string {
  return ms < 60_000 ? `right before ${what}` : `${formatDuration(ms)} before ${what}`;
}
