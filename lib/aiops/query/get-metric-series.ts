// What a metric chart asks for: the downsampled series and the anomalies of the same range.
import type { MetricsQuery } from '@/schemas';
import type { Db } from '../../db/client';
import { getPlugin } from '../../plugins/get-plugin';
import { parseTimeRange } from './time-range';
import { querySeries } from './query-series';
import { listAnomalies } from './list-anomalies';

export async function getMetricSeries(db: Db, q: MetricsQuery, now = Date.now()) {
  await getPlugin(db, q.plugin);
  const { from, to } = parseTimeRange(q.from, q.to, now);
  const [series, anomalies] = await Promise.all([
    querySeries(db, q.plugin, q.metric, from, to, q.width),
    listAnomalies(db, { from, to, pluginId: q.plugin, metric: q.metric }),
  ]);
  return { pluginId: q.plugin, metric: q.metric, ...series, anomalies };
}
