// Telemetry intake of one installation: how OpenTelemetry and Prometheus metric names and units
// become the console's metrics, and which resource attribute or label names the plugin.
// Shared by the OTLP receiver and the Prometheus remote-write receiver (lib/telemetry).
import { z } from 'zod';
import { MetricNameSchema } from './ingest';
import { storedText } from './primitives';

/** Longest metric-name pattern a rule may hold (OpenTelemetry names are at most 255). */
export const MAX_MATCH_LENGTH = 255;
export const MAX_TELEMETRY_RULES = 200;
export const MAX_PLUGIN_KEYS = 8;

/**
 * Unit conversions a rule may apply: the factor an incoming value is multiplied by. The
 * console's units: cpu-usage in %, memory-usage in bytes, response-time and latency in ms,
 * error-rate as a fraction (0–1), throughput per second.
 */
export const UNIT_CONVERSIONS = {
  none: 1,
  'seconds-to-ms': 1000,
  'microseconds-to-ms': 1e-3,
  'nanoseconds-to-ms': 1e-6,
  'ratio-to-percent': 100,
  'percent-to-ratio': 0.01,
  'kib-to-bytes': 1024,
  'mib-to-bytes': 1024 * 1024,
} as const;
export type UnitConversion = keyof typeof UNIT_CONVERSIONS;
export const UnitConversionSchema = z
  .enum(Object.keys(UNIT_CONVERSIONS) as [UnitConversion, ...UnitConversion[]])
  .describe('How incoming values are converted to the console unit');

/** The value a histogram point becomes: the mean (sum / count) or a quantile estimated from its buckets. */
export const HISTOGRAM_STATISTICS = { mean: null, p50: 0.5, p75: 0.75, p90: 0.9, p95: 0.95, p99: 0.99 } as const;
export type HistogramStatistic = keyof typeof HISTOGRAM_STATISTICS;
export const HistogramStatisticSchema = z
  .enum(Object.keys(HISTOGRAM_STATISTICS) as [HistogramStatistic, ...HistogramStatistic[]])
  .describe('What a histogram becomes: its mean or a quantile from its buckets');

/**
 * A metric-name pattern: an exact name, or `*` standing for any run of characters
 * (`http.server.*`). No other wildcard: matching stays linear (see lib/telemetry/match-name.ts).
 */
const MatchSchema = storedText(MAX_MATCH_LENGTH, `match must be at most ${MAX_MATCH_LENGTH} characters`)
  .min(1, 'match is required')
  .regex(/^[^\s]+$/, 'match must not contain spaces')
  .describe('Incoming metric name, or a pattern where * stands for any characters');

/** An OpenTelemetry unit (UCUM: `s`, `ms`, `By`, `1`, `{request}`) or a Prometheus unit suffix. */
const UnitSchema = storedText(64, 'unit must be at most 64 characters').min(1, 'unit must not be empty').regex(/^\S+$/, 'unit must not contain spaces');

/** An attribute or label name: OpenTelemetry attribute keys use dots, Prometheus labels underscores. */
const KeyNameSchema = storedText(128, 'Attribute name must be at most 128 characters')
  .min(1, 'Attribute name is required')
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'Attribute name may use only letters, digits, _ . and -, and must not start with a digit');

export const TelemetryRuleActionSchema = z.enum(['map', 'drop']).describe('Store the metric, or drop it');

export const TelemetryRuleSchema = z
  .object({
    match: MatchSchema,
    unit: UnitSchema.optional().describe('Unit the incoming metric must have for the rule to apply; any unit when empty'),
    action: TelemetryRuleActionSchema.default('map'),
    metric: MetricNameSchema.optional().describe('Console metric it becomes (cpu-usage, response-time, …); the incoming name when empty'),
    convert: UnitConversionSchema.default('none'),
    statistic: HistogramStatisticSchema.default('p95'),
  })
  .superRefine((rule, ctx) => {
    if (rule.action === 'drop' && rule.metric !== undefined) ctx.addIssue({ code: 'custom', path: ['metric'], message: 'metric is only allowed when action is map' });
  })
  .describe('How one incoming metric becomes a console metric');
export type TelemetryRule = z.infer<typeof TelemetryRuleSchema>;
export type TelemetryRuleInput = z.input<typeof TelemetryRuleSchema>;

export const UnmappedPolicySchema = z.enum(['keep', 'drop']).describe('What happens to a metric no rule matches');

function keyList(description: string, defaults: string[]) {
  return z
    .array(KeyNameSchema)
    .min(1, 'Name at least one attribute')
    .max(MAX_PLUGIN_KEYS, `At most ${MAX_PLUGIN_KEYS} attributes`)
    .default(defaults)
    .describe(description);
}

/** The OpenTelemetry semantic-convention metrics, and their Prometheus names, the console knows from the start. */
export const DEFAULT_TELEMETRY_RULES: TelemetryRuleInput[] = [
  { match: 'process.cpu.utilization', metric: 'cpu-usage', convert: 'ratio-to-percent' },
  { match: 'system.cpu.utilization', metric: 'cpu-usage', convert: 'ratio-to-percent' },
  { match: 'process.memory.usage', metric: 'memory-usage' },
  { match: 'process.runtime.nodejs.memory.heap.used', metric: 'memory-usage' },
  { match: 'http.server.request.duration', unit: 's', metric: 'response-time', convert: 'seconds-to-ms', statistic: 'p95' },
  { match: 'http.server.request.duration', unit: 'ms', metric: 'response-time', statistic: 'p95' },
  { match: 'http.server.duration', unit: 'ms', metric: 'response-time', statistic: 'p95' },
  { match: 'http.server.duration', unit: 's', metric: 'response-time', convert: 'seconds-to-ms', statistic: 'p95' },
  { match: 'http.client.request.duration', unit: 's', metric: 'latency', convert: 'seconds-to-ms', statistic: 'p95' },
  { match: 'db.client.connections.usage', metric: 'connection-count' },
  { match: 'db.client.connection.count', metric: 'connection-count' },
  { match: 'messaging.queue.depth', metric: 'queue-depth' },
  // Prometheus client defaults (remote write): a CPU-seconds counter's rate is a ratio of one core.
  { match: 'process_cpu_seconds_total', metric: 'cpu-usage', convert: 'ratio-to-percent' },
  { match: 'process_resident_memory_bytes', metric: 'memory-usage' },
  { match: 'http_request_duration_seconds', metric: 'response-time', convert: 'seconds-to-ms', statistic: 'p95' },
];

export const TelemetryConfigSchema = z
  .object({
    pluginAttributes: keyList('Resource attributes naming the plugin of OpenTelemetry data, first present wins', ['objectstack.plugin.id', 'service.name']),
    pluginLabels: keyList('Labels naming the plugin of Prometheus samples, first present wins', ['plugin', 'job']),
    unmapped: UnmappedPolicySchema.default('keep').describe('A metric no rule matches: kept under its own name as a custom metric, or dropped'),
    rules: z
      .array(TelemetryRuleSchema)
      .max(MAX_TELEMETRY_RULES, `At most ${MAX_TELEMETRY_RULES} rules`)
      .prefault(DEFAULT_TELEMETRY_RULES)
      .describe('Mapping rules, the first that matches applies'),
  })
  .superRefine((config, ctx) => {
    // A rule after one with the same name and unit never applies: almost surely a mistake.
    const seen = new Map<string, number>();
    config.rules.forEach((rule, i) => {
      const key = `${rule.match}\u0000${rule.unit ?? ''}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: 'custom', path: ['rules', i, 'match'], message: `rules.${i} repeats rules.${first} (same match and unit): it would never apply` });
    });
  })
  .describe('Telemetry intake of this installation: OpenTelemetry and Prometheus metric mapping');
export type TelemetryConfig = z.infer<typeof TelemetryConfigSchema>;
export type TelemetryConfigInput = z.input<typeof TelemetryConfigSchema>;
