// One evaluated comparison as a sentence for the approval queue: `heapUsedPercent is 87.2
// (> 85) for 6 min`.
import type { ComparisonResult } from './types';

function num(v: number): string {
  return Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-US') : String(Math.round(v * 1000) / 1000);
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function formatComparison(c: ComparisonResult): string {
  if (c.value === null) return `${c.name}: ${c.note ?? 'no data'}`;
  const held = c.forMs ? ` for ${formatDuration(c.heldForMs)} (needs ${formatDuration(c.forMs)})` : '';
  return `${c.name} is ${num(c.value)} (${c.op} ${num(c.threshold)})${held}`;
}
