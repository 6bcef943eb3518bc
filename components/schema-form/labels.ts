// Human text derived from a schema: labels from camelCase field names, help from
// `.describe()` (without its unit suffix), units and how values with units read.
import { unitOf, type Unit } from '@/schemas/common';

export type { Unit };

/** Words that read better in capitals. */
const ACRONYMS: Record<string, string> = {
  id: 'ID',
  ids: 'IDs',
  url: 'URL',
  urls: 'URLs',
  api: 'API',
  ttl: 'TTL',
  cpu: 'CPU',
  tls: 'TLS',
  rca: 'RCA',
  simd: 'SIMD',
  mb: 'MB',
  json: 'JSON',
  yaml: 'YAML',
  ui: 'UI',
  dsl: 'DSL',
  sms: 'SMS',
  ai: 'AI',
  aiops: 'AIOps',
  http: 'HTTP',
  https: 'HTTPS',
  oauth2: 'OAuth 2',
  v8: 'V8',
  s3: 'S3',
  gcs: 'GCS',
  oss: 'OSS',
};

function words(name: string): string[] {
  return name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+|[A-Z]/g) ?? [name];
}

/** "maxMemoryPages" → "Max memory pages"; "autoRCA" → "Auto RCA"; "apiKey" → "API key". */
export function humanizeName(name: string): string {
  if (name === '') return '';
  if (/^\d+$/.test(name)) return `#${Number(name) + 1}`;
  const parts = words(name.replace(/[-_]+/g, ' ').trim()).map((word, i) => {
    const lower = word.toLowerCase();
    if (ACRONYMS[lower]) return ACRONYMS[lower];
    if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)) return word;
    return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
  return parts.join(' ');
}

/** Replaces camelCase identifiers and dotted paths in a sentence with readable words. */
export function humanizeIdentifiers(text: string): string {
  const replaced = text.replace(/\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+\b|\b[a-z]+[A-Z][A-Za-z0-9]*\b/g, (token) =>
    token
      .split('.')
      .map((part) => {
        const h = humanizeName(part);
        return ACRONYMS[part.toLowerCase()] ? h : h.charAt(0).toLowerCase() + h.slice(1);
      })
      .join(' › '),
  );
  return replaced.charAt(0).toUpperCase() + replaced.slice(1);
}

const UNIT_SUFFIX = /\s*\(([^()]+)\)$/;

/** The description without its unit suffix: "Debounce delay before reloading (ms)" → "Debounce delay before reloading". */
export function helpText(description: string | undefined): string | undefined {
  if (!description) return undefined;
  return unitOf(description) ? description.replace(UNIT_SUFFIX, '') : description;
}

export { unitOf };

const UNIT_WORDS: Record<Unit, [string, string]> = {
  ms: ['millisecond', 'milliseconds'],
  s: ['second', 'seconds'],
  bytes: ['byte', 'bytes'],
  MB: ['MB', 'MB'],
  '%': ['%', '%'],
  pages: ['page', 'pages'],
};

/** A value with its short unit: "30000 ms", "80%", "1 page". */
export function withUnit(value: number | string, unit: Unit | undefined): string {
  if (unit === undefined) return String(value);
  if (unit === '%') return `${value}%`;
  if (unit === 'pages') return `${value} ${value === 1 ? 'page' : 'pages'}`;
  return `${value} ${unit}`;
}

/** A value with its unit spelled out, for sentences: "60 seconds", "1 millisecond", "100%". */
export function withUnitWords(value: number, unit: Unit | undefined): string {
  if (unit === undefined) return String(value);
  if (unit === '%') return `${value}%`;
  const [one, many] = UNIT_WORDS[unit];
  return `${value} ${value === 1 ? one : many}`;
}

/** A friendlier reading of a number with a unit, when it helps: 30000 ms → "30 s", 536870912 bytes → "512 MiB". */
export function unitHint(value: unknown, unit: Unit | undefined): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (unit === 'ms' && value >= 1000) return formatDuration(value / 1000);
  if (unit === 's' && value >= 60) return formatDuration(value);
  if (unit === 'bytes' && value >= 1024) return formatBytes(value);
  if (unit === 'MB' && value >= 1024) return formatBytes(value * 1024 * 1024);
  if (unit === 'pages' && value >= 1) return formatBytes(value * 65536);
  return undefined;
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1).replace(/\.?0+$/, '');
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${trim(seconds)} s`;
  if (seconds < 3600) return `${trim(seconds / 60)} min`;
  if (seconds < 86400) return `${trim(seconds / 3600)} h`;
  return `${trim(seconds / 86400)} d`;
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${trim(value)} ${units[i]}`;
}
