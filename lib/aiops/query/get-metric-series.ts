// What a metric chart asks for: the downsampled series and the anomalies of the same range. A
// metric the plugin reads from Prometheus comes from there (lib/prometheus), never copied here.
// The stack of a plugin's charts (GET /api/v1/metrics/stack) reads the plugin and its
// metrics-source document once for all its metrics.
import { AIOpsMetricSchema, type MetricStackQuery, type MetricsQuery } from '@/schemas';
import type { Db } from '../../db/client';
import { getPlugin } from '../../plugins/get-plugin';
import { promSourcesOf, type PromSourcedMetric } from '../../prometheus/metrics-source';
import { promChartSeries } from '../../prometheus/chart-series';
import { parseTimeRange } from './time-range';
import { querySeries } from './query-series';
import { listAnomalies } from './list-anomalies';

async function seriesOf(db: Db, pluginId: string, metric: string, prom: PromSourcedMetric | null, from: number, to: number, width: number) {
  const [series, anomalies] = await Promise.all([
    prom ? promChartSeries(db, prom, from, to, width) : querySeries(db, pluginId, metric, from, to, width),
    listAnomalies(db, { from, to, pluginId, metric }),
  ]);
  return { pluginId, metric, ...series, anomalies };
}

export async function getMetricSeries(db: Db, q: MetricsQuery, now = Date.now()) {
  await getPlugin(db, q.plugin);
  const { from, to } = parseTimeRange(q.from, q.to, now);
  const sourceOf = await promSourcesOf(db, q.plugin);
  return seriesOf(db, q.plugin, q.metric, sourceOf(q.metric), from, to, q.width);
}

/**
 * Every protocol metric of a plugin, each as getMetricSeries answers it: one request and one
 * redraw for the Anomalies and incident pages' stack, instead of eight that queue in the browser.
 */
export async function getMetricStack(db: Db, q: MetricStackQuery, now = Date.now()) {
  await getPlugin(db, q.plugin);
  const { from, to } = parseTimeRange(q.from, q.to, now);
  const sourceOf = await promSourcesOf(db, q.plugin);
  const series = await Promise.all(AIOpsMetricSchema.options.map((metric) => seriesOf(db, q.plugin, metric, sourceOf(metric), from, to, q.width)));
  return { pluginId: q.plugin, series };
}
