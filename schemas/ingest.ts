// The API's own schemas for what plugins (or agents beside them) push to the console:
// metric points, health reports and events, and the chart query. Not part of the protocol.
import { z } from 'zod';
import {
  boundedNumber,
  checkStorableJson,
  isSaneEpochMs,
  MAX_NUMBER_MAGNITUDE,
  SaneDateTimeSchema,
  SaneEpochMsSchema,
  storableRecord,
  storedText,
  TIMESTAMP_RANGE_MESSAGE,
} from './primitives';
import { PluginHealthReportSchema } from './aiops';
import { PluginIdSchema } from './api';

export const MAX_METRIC_BATCH = 10_000;
export const MAX_EVENT_BATCH = 5_000;
/** The longest time range a metrics, events or anomalies query may ask for (two years). */
export const MAX_QUERY_RANGE_MS = 2 * 365 * 86_400_000;

/** ISO-8601 with a zone, or epoch milliseconds; between 2000 and 2100 either way. */
export const TimestampInputSchema = z.union([SaneDateTimeSchema, SaneEpochMsSchema]);

/** The protocol's metric names, or a custom metric such as `cache.hit-ratio`. */
export const MetricNameSchema = z
  .string()
  .min(1, 'Metric name is required')
  .max(100, 'Metric name must be at most 100 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'Metric name may use only letters, digits, _ . : and -');

export const MetricPointInputSchema = z.object({
  pluginId: PluginIdSchema,
  metric: MetricNameSchema,
  timestamp: TimestampInputSchema,
  value: boundedNumber('value'),
});
export type MetricPointInput = z.infer<typeof MetricPointInputSchema>;

export const MetricBatchSchema = z.object({
  points: z
    .array(MetricPointInputSchema)
    .min(1, 'Send at least one point')
    .max(MAX_METRIC_BATCH, `Send at most ${MAX_METRIC_BATCH} points per batch`),
});
export type MetricBatch = z.infer<typeof MetricBatchSchema>;

/**
 * The protocol's report as is, plus what storing it needs: a timestamp in the sane range,
 * measurements within the bound of metric values, and storable text.
 */
export const HealthIngestItemSchema = z.object({
  pluginId: PluginIdSchema,
  report: PluginHealthReportSchema.superRefine((report, ctx) => {
    if (!isSaneEpochMs(Date.parse(report.timestamp))) ctx.addIssue({ code: 'custom', path: ['timestamp'], message: TIMESTAMP_RANGE_MESSAGE });
    for (const [name, value] of Object.entries(report.metrics ?? {})) {
      if (typeof value === 'number' && Math.abs(value) > MAX_NUMBER_MAGNITUDE) {
        ctx.addIssue({ code: 'custom', path: ['metrics', name], message: `${name} must be between -1e30 and 1e30` });
      }
    }
    checkStorableJson(report, ctx);
  }),
});
export const HealthIngestSchema = z.object({
  reports: z.array(HealthIngestItemSchema).min(1, 'Send at least one report').max(1000, 'Send at most 1000 reports per batch'),
});
export type HealthIngest = z.infer<typeof HealthIngestSchema>;

export const EventKindSchema = z.enum(['log', 'deploy', 'restart', 'config-change', 'scale', 'rollback', 'other']);
export const EventLevelSchema = z.enum(['debug', 'info', 'warn', 'error']);

export const EventInputSchema = z.object({
  pluginId: PluginIdSchema,
  timestamp: TimestampInputSchema,
  kind: EventKindSchema.default('log'),
  level: EventLevelSchema.default('info'),
  message: storedText(4000, 'message must be at most 4000 characters').min(1, 'message is required'),
  data: storableRecord().optional(),
});
export type EventInput = z.infer<typeof EventInputSchema>;

export const EventIngestSchema = z.object({
  events: z.array(EventInputSchema).min(1, 'Send at least one event').max(MAX_EVENT_BATCH, `Send at most ${MAX_EVENT_BATCH} events per batch`),
});
export type EventIngest = z.infer<typeof EventIngestSchema>;

const isoOrRelative = storedText(40).min(1);

/** How many buckets a chart may ask for: about one per pixel of its plot, within these bounds. */
export const CHART_WIDTH = { min: 10, max: 4000 } as const;
const chartWidth = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(CHART_WIDTH.min, `width must be at least ${CHART_WIDTH.min} pixels`)
    .max(CHART_WIDTH.max, `width must be at most ${CHART_WIDTH.max} pixels`)
    .default(fallback);

export const MetricsQuerySchema = z.object({
  plugin: PluginIdSchema,
  metric: MetricNameSchema,
  /** ISO date-time, epoch ms, or relative to now such as `now-24h`. */
  from: isoOrRelative.default('now-24h'),
  to: isoOrRelative.default('now'),
  width: chartWidth(1000),
});
export type MetricsQuery = z.infer<typeof MetricsQuerySchema>;

/** Every protocol metric of one plugin at once, as the Anomalies page stacks them. */
export const MetricStackQuerySchema = MetricsQuerySchema.omit({ metric: true });
export type MetricStackQuery = z.infer<typeof MetricStackQuerySchema>;

export const EventsQuerySchema = z.object({
  plugin: PluginIdSchema.optional(),
  kind: EventKindSchema.optional(),
  level: EventLevelSchema.optional(),
  from: isoOrRelative.default('now-24h'),
  to: isoOrRelative.default('now'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type EventsQuery = z.infer<typeof EventsQuerySchema>;

export const AnomaliesQuerySchema = z.object({
  plugin: PluginIdSchema.optional(),
  metric: MetricNameSchema.optional(),
  from: isoOrRelative.default('now-24h'),
  to: isoOrRelative.default('now'),
});
export type AnomaliesQuery = z.infer<typeof AnomaliesQuerySchema>;

/** The anomaly score lanes of every plugin over a time range, at most ~`width` buckets each. */
export const AnomalyLanesQuerySchema = z.object({
  from: storedText(40).default('now-24h'),
  to: storedText(40).default('now'),
  width: chartWidth(600),
});
