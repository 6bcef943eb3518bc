// What a metric chart asks for: the downsampled series and the anomalies of the same range. A
// metric the plugin reads from Prometheus comes from there (lib/prometheus), never copied here.
import type { MetricsQuery } from '@/schemas';
import type { Db } from '../../db/client';
import { getPlugin } from '../../plugins/get-plugin';
import { promSourceOf } from '../../prometheus/metrics-source';
import { promChartSeries } from '../../prometheus/chart-series';
import { parseTimeRange } from './time-range';
import { querySeries } from './query-series';
import { listAnomalies } from './list-anomalies';

export async function getMetricSeries(db: Db, q: MetricsQuery, now = Date.now()) {
  await getPlugin(db, q.plugin);
  const { from, to } = parseTimeRange(q.from, q.to, now);
  const prom = await promSourceOf(db, q.plugin, q.metric);
  const [series, anomalies] = await Promise.all([
    prom ? promChartSeries(db, prom, from, to, q.width) : querySeries(db, q.plugin, q.metric, from, to, q.width),
    listAnomalies(db, { from, to, pluginId: q.plugin, metric: q.metric }),
  ]);
  return { pluginId: q.plugin, metric: q.metric, ...series, anomalies };
}
