// The Anomalies and incident pages' stack of charts in one answer: every protocol metric of a
// plugin, each as one chart reads it (get-metric-series.ts). One request and one redraw for
// the stack, instead of eight requests that queue in the browser and redraw it eight times.
import { AIOpsMetricSchema, type MetricStackQuery } from '@/schemas';
import type { Db } from '../../db/client';
import { getMetricSeries } from './get-metric-series';

export async function getMetricStack(db: Db, q: MetricStackQuery, now = Date.now()) {
  const series = await Promise.all(AIOpsMetricSchema.options.map((metric) => getMetricSeries(db, { ...q, metric }, now)));
  return { pluginId: q.plugin, series };
}
