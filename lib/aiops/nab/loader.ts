// Loads a folder in NAB layout: data/<category>/<name>.csv (timestamp,value) plus windows.json
// (NAB's combined_windows.json format: relative path -> [[start, end], ...] timestamps).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LabelledSeries } from './scorer';

export interface NabSeries extends LabelledSeries {
  /** Relative path as in windows.json, e.g. `realKnownCause/nyc_taxi.csv`. */
  name: string;
  category: string;
  file: string;
  /** Timestamps exactly as written in the CSV. */
  rawTimestamps: string[];
  /** Timestamps in ms since epoch (UTC). */
  timestamps: Float64Array;
  values: Float64Array;
}

/** Parses NAB timestamps (`2014-04-01 00:00:00`, optionally with `.ffffff`) as UTC ms. */
export function parseNabTimestamp(ts: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?/.exec(ts.trim());
  if (!m) {
    const t = Date.parse(ts);
    if (Number.isNaN(t)) throw new Error(`bad timestamp: ${ts}`);
    return t;
  }
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], ms);
}

export function parseNabCsv(text: string): { rawTimestamps: string[]; timestamps: Float64Array; values: Float64Array } {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const ti = header.indexOf('timestamp');
  const vi = header.indexOf('value');
  if (ti < 0 || vi < 0) throw new Error('CSV needs timestamp and value columns');
  const n = lines.length - 1;
  const rawTimestamps: string[] = new Array(n);
  const timestamps = new Float64Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cols = lines[i + 1].split(',');
    rawTimestamps[i] = cols[ti].trim();
    timestamps[i] = parseNabTimestamp(rawTimestamps[i]);
    values[i] = Number(cols[vi]);
  }
  return { rawTimestamps, timestamps, values };
}

/** Maps [start, end] timestamps to inclusive row indices (rows with start <= t <= end). */
export function windowIndices(timestamps: ArrayLike<number>, bounds: ReadonlyArray<readonly [string, string]>): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of bounds) {
    const ta = parseNabTimestamp(a);
    const tb = parseNabTimestamp(b);
    let l = -1;
    let r = -1;
    for (let i = 0; i < timestamps.length; i++) {
      if (timestamps[i] >= ta && l < 0) l = i;
      if (timestamps[i] <= tb) r = i;
    }
    if (l >= 0 && r >= l) out.push([l, r]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/** Loads every CSV under DIR/data that has an entry in DIR/windows.json (sorted by name). */
export function loadNabCorpus(dir: string): NabSeries[] {
  const windowsPath = path.join(dir, 'windows.json');
  const dataDir = path.join(dir, 'data');
  if (!existsSync(windowsPath)) throw new Error(`missing ${windowsPath}`);
  const windows = JSON.parse(readFileSync(windowsPath, 'utf8')) as Record<string, [string, string][]>;
  const out: NabSeries[] = [];
  for (const category of readdirSync(dataDir).sort()) {
    const catDir = path.join(dataDir, category);
    if (!statSync(catDir).isDirectory()) continue;
    for (const file of readdirSync(catDir).sort()) {
      if (!file.endsWith('.csv')) continue;
      const name = `${category}/${file}`;
      const bounds = windows[name];
      if (!bounds) continue;
      const parsed = parseNabCsv(readFileSync(path.join(catDir, file), 'utf8'));
      out.push({
        name,
        category,
        file,
        ...parsed,
        length: parsed.values.length,
        windows: windowIndices(parsed.timestamps, bounds),
      });
    }
  }
  return out;
}
