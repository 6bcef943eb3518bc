// Save-time check of a `metrics-source` document: reading from Prometheus needs the store
// configured, and every expression must parse there. A refusal is a 400 naming the field; a
// store that cannot be reached right now does not block the save (the chart will say so).
import type { MetricsSource } from '@/schemas';
import { badRequest, type IssueItem } from '../errors';
import { checkPromQL } from './prometheus-api';
import { prometheusConfig } from './prometheus-config';
import { PromQLError } from './prometheus-error';

export async function checkMetricsSource(doc: MetricsSource): Promise<void> {
  if (doc.source !== 'prometheus') return;
  const config = prometheusConfig();
  if (!config) throw badRequest('Prometheus is not configured', [{ path: 'source', message: 'Set CONSOLE_PROMETHEUS_URL before reading metrics from Prometheus' }]);
  const issues: IssueItem[] = [];
  await Promise.all(
    Object.entries(doc.expressions).map(async ([metric, expr]) => {
      if (!expr) return;
      try {
        await checkPromQL(config, expr, `expressions.${metric}`);
      } catch (err) {
        if (err instanceof PromQLError) issues.push({ path: err.field, message: `Prometheus cannot parse it: ${err.reason}` });
      }
    }),
  );
  if (issues.length) throw badRequest('Some PromQL expressions do not parse', issues.sort((a, b) => a.path.localeCompare(b.path)));
}
