// Which plugins read which metrics from Prometheus: the `metrics-source` documents. A metric is
// Prometheus-sourced when its plugin's source is `prometheus` and the metric has an expression.
import { sql } from 'drizzle-orm';
import { MetricsSourceSchema, type AIOpsMetric, type MetricsSource } from '@/schemas';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows-of';
import { readDocumentBody } from '../config-store/read-document-body';

export interface PromSourcedMetric {
  pluginId: string;
  metric: AIOpsMetric;
  expr: string;
  stepSec: number;
  /** The document field of the expression, for error messages. */
  field: string;
}

function sourced(pluginId: string, doc: MetricsSource, metric: string): PromSourcedMetric | null {
  const expr = doc.source === 'prometheus' ? doc.expressions[metric as AIOpsMetric] : undefined;
  return expr ? { pluginId, metric: metric as AIOpsMetric, expr, stepSec: doc.step, field: `expressions.${metric}` } : null;
}

/** A plugin's metrics-source document, read once: each metric's Prometheus expression, or null when it is read from the console. */
export async function promSourcesOf(db: Db, pluginId: string): Promise<(metric: string) => PromSourcedMetric | null> {
  const doc = MetricsSourceSchema.parse(await readDocumentBody(db, 'metrics-source', pluginId));
  return (metric) => sourced(pluginId, doc, metric);
}

/** Every Prometheus-sourced metric of every plugin (latest document versions). */
export async function listPromSourcedMetrics(db: Db): Promise<PromSourcedMetric[]> {
  const rows = rowsOf(
    await db.execute(sql`
      select distinct on (scope) scope, body from document
      where kind = 'metrics-source' and scope like 'plugin:%'
        and exists (select 1 from plugin p where 'plugin:' || p.id = document.scope)
      order by scope, version desc`),
  );
  const out: PromSourcedMetric[] = [];
  for (const r of rows) {
    const parsed = MetricsSourceSchema.safeParse(r.body);
    if (!parsed.success) continue;
    const pluginId = String(r.scope).slice('plugin:'.length);
    for (const metric of Object.keys(parsed.data.expressions)) {
      const s = sourced(pluginId, parsed.data, metric);
      if (s) out.push(s);
    }
  }
  return out;
}
