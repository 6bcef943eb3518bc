// Where a plugin's metrics live: pushed to the console (its own database), or read from the
// Prometheus-compatible store the installation names in CONSOLE_PROMETHEUS_URL, with one PromQL
// expression per watched metric. A versioned per-plugin document (kind `metrics-source`).
import { z } from 'zod';
import { AIOpsMetricSchema, type AIOpsMetric } from './aiops';

export const MetricsSourceKindSchema = z.enum(['console', 'prometheus']).describe('Where the metrics are read from');

/** Longest PromQL expression accepted (Prometheus itself has no limit; URLs do). */
export const PROMQL_MAX = 2000;

function promql(metric: AIOpsMetric) {
  return z
    .string()
    .trim()
    .min(1, 'Enter a PromQL expression, or remove the field')
    .max(PROMQL_MAX, `A PromQL expression must be at most ${PROMQL_MAX} characters`)
    .optional()
    .describe(`PromQL expression returning one series: the plugin's ${metric}`);
}

export const MetricExpressionsSchema = z
  .object(Object.fromEntries(AIOpsMetricSchema.options.map((m) => [m, promql(m)])) as Record<AIOpsMetric, ReturnType<typeof promql>>)
  .describe('PromQL expression of each metric read from Prometheus');
export type MetricExpressions = z.infer<typeof MetricExpressionsSchema>;

export const MetricsSourceSchema = z
  .object({
    source: MetricsSourceKindSchema.default('console'),
    step: z
      .int('Step must be a whole number of seconds')
      .min(1, 'Step must be at least 1 second')
      .max(3600, 'Step must be at most 3600 seconds')
      .default(15)
      .describe('Seconds between the samples the detector reads from Prometheus (the scrape interval)'),
    expressions: MetricExpressionsSchema.default({}),
  })
  .superRefine((doc, ctx) => {
    if (doc.source === 'prometheus' && !Object.values(doc.expressions).some(Boolean)) {
      ctx.addIssue({ code: 'custom', path: ['expressions'], message: 'Reading from Prometheus needs the PromQL expression of at least one metric' });
    }
  })
  .describe("Where the plugin's metrics are read from");
export type MetricsSource = z.infer<typeof MetricsSourceSchema>;
