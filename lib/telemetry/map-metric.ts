// Turns an incoming OpenTelemetry or Prometheus metric into the console's: the plugin it
// belongs to (first present attribute or label), the metric name, the factor its values are
// multiplied by and the statistic a histogram becomes. Pure; both receivers call it.
import {
  HISTOGRAM_STATISTICS,
  MetricNameSchema,
  PluginIdSchema,
  UNIT_CONVERSIONS,
  type HistogramStatistic,
  type TelemetryConfig,
  type TelemetryRule,
} from '@/schemas';
import { matchName } from './match-name';

export type TelemetrySource = 'otlp' | 'prometheus';

export interface IncomingMetric {
  /** OpenTelemetry instrument name, or Prometheus metric name (`__name__`). */
  name: string;
  /** UCUM unit as sent (`s`, `By`, `1`); empty or absent when none. */
  unit?: string;
  /** Resource attributes (OTLP) or series labels (Prometheus). */
  attributes: Readonly<Record<string, unknown>>;
  source: TelemetrySource;
}

export interface MappedMetric {
  pluginId: string;
  metric: string;
  /** Multiply each value by this to get the console unit. */
  scale: number;
  statistic: HistogramStatistic;
  /** The quantile a histogram is read at, or null for the mean. */
  quantile: number | null;
}

export interface SkippedMetric {
  skip: true;
  reason: string;
}

/** The first rule whose pattern matches the name and whose unit (when it states one) is the incoming unit. */
export function findRule(config: TelemetryConfig, name: string, unit: string | undefined): TelemetryRule | undefined {
  return config.rules.find((r) => (r.unit === undefined || r.unit === (unit ?? '')) && matchName(r.match, name));
}

/** The plugin named by the first of `keys` present with a non-empty text value. */
export function pluginIdOf(config: TelemetryConfig, attributes: IncomingMetric['attributes'], source: TelemetrySource): { pluginId: string } | SkippedMetric {
  const keys = source === 'otlp' ? config.pluginAttributes : config.pluginLabels;
  for (const key of keys) {
    const value = attributes[key];
    if (typeof value !== 'string' || value === '') continue;
    if (!PluginIdSchema.safeParse(value).success) return { skip: true, reason: `${key} "${value.slice(0, 64)}" is not a valid plugin id` };
    return { pluginId: value };
  }
  return { skip: true, reason: `no ${source === 'otlp' ? 'resource attribute' : 'label'} names the plugin (looked for ${keys.join(', ')})` };
}

export function mapMetric(config: TelemetryConfig, incoming: IncomingMetric): MappedMetric | SkippedMetric {
  const plugin = pluginIdOf(config, incoming.attributes, incoming.source);
  if ('skip' in plugin) return plugin;
  const rule = findRule(config, incoming.name, incoming.unit);
  if (rule?.action === 'drop') return { skip: true, reason: `${incoming.name} is dropped by rule "${rule.match}"` };
  if (!rule && config.unmapped === 'drop') return { skip: true, reason: `${incoming.name} matches no rule and unmapped metrics are dropped` };
  const metric = rule?.metric ?? incoming.name;
  if (!MetricNameSchema.safeParse(metric).success) {
    return { skip: true, reason: `${incoming.name.slice(0, 100)} is not a valid console metric name (at most 100 letters, digits, _ . : and -)` };
  }
  const statistic = rule?.statistic ?? 'p95';
  return { pluginId: plugin.pluginId, metric, scale: UNIT_CONVERSIONS[rule?.convert ?? 'none'], statistic, quantile: HISTOGRAM_STATISTICS[statistic] };
}

export function isSkipped<T extends object>(m: T | SkippedMetric): m is SkippedMetric {
  return 'skip' in m;
}
