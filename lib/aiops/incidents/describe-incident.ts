// What an incident says about itself: its symptoms (RootCauseAnalysisRequest `symptoms`, one
// per anomalous metric, from its strongest anomaly, plus the plugin's worst health status),
// its severity (the worst symptom's; four or more anomalous metrics make it at least medium)
// and a title naming what is anomalous.
import { SeveritySchema, type RootCauseAnalysisRequest, type Severity } from '@/schemas';
import { formatMetric } from '../rca/format';

export type Symptom = RootCauseAnalysisRequest['symptoms'][number];

export interface AnomalyFacts {
  metric: string;
  type: string;
  startedAt: number;
  score: number;
  peakValue: number;
  expected: number;
}

export interface HealthFacts {
  ts: number;
  status: string;
  message?: string;
}

/** Mildest first, as the protocol lists them. */
const ORDER: readonly Severity[] = SeveritySchema.options;
/** The worse of two severities (the first when they are equal). */
export const worseSeverity = (a: Severity, b: Severity) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a);

/** An anomaly's severity: its score, and for error rates how large the rate is. */
export function anomalySeverity(a: AnomalyFacts): Severity {
  if (a.metric === 'error-rate' && a.peakValue >= 0.25) return 'critical';
  if (a.metric === 'error-rate' && a.peakValue >= 0.05) return 'high';
  return a.score >= 97 ? 'high' : a.score >= 90 ? 'medium' : 'low';
}

const HEALTH_SEVERITY: Record<string, Severity> = { failed: 'critical', unhealthy: 'high', degraded: 'medium' };

/** Values as the analysis words them (format.ts): "1 min 43 s", "512 KiB", never "103043 ms" or "0 MiB". */
function fmt(metric: string, v: number): string {
  if (metric === 'cpu-usage') return `${v.toFixed(0)} %`;
  return formatMetric(metric, v);
}

export function symptomsOf(anomalies: AnomalyFacts[], health: HealthFacts[]): Symptom[] {
  const byMetric = new Map<string, { first: number; strongest: AnomalyFacts; severity: Severity; count: number }>();
  for (const a of anomalies) {
    const s = byMetric.get(a.metric);
    const sev = anomalySeverity(a);
    if (!s) byMetric.set(a.metric, { first: a.startedAt, strongest: a, severity: sev, count: 1 });
    else {
      s.first = Math.min(s.first, a.startedAt);
      if (a.score > s.strongest.score) s.strongest = a;
      s.severity = worseSeverity(s.severity, sev);
      s.count++;
    }
  }
  const out: Symptom[] = [...byMetric.entries()].map(([metric, s]) => ({
    type: `${metric} ${s.strongest.type}`,
    description: `${metric} ${s.strongest.type}: ${fmt(metric, s.strongest.peakValue)} where about ${fmt(metric, s.strongest.expected)} was expected${s.count > 1 ? ` (${s.count} anomalies)` : ''}`,
    severity: s.severity,
    timestamp: new Date(s.first).toISOString(),
  }));
  const bad = health.filter((h) => HEALTH_SEVERITY[h.status]);
  if (bad.length) {
    const worst = bad.reduce((w, h) => (ORDER.indexOf(HEALTH_SEVERITY[h.status]) > ORDER.indexOf(HEALTH_SEVERITY[w.status]) ? h : w));
    // Plugins often start their message with the status itself ("degraded: heap warning").
    const message = worst.message?.replace(new RegExp(`^${worst.status}:?\\s*`), '');
    out.push({
      type: 'health-status',
      description: `The plugin reported itself ${worst.status}${message ? `: ${message}` : ''}`,
      severity: HEALTH_SEVERITY[worst.status],
      timestamp: new Date(bad[0].ts).toISOString(),
    });
  }
  return out.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
}

export function severityOf(symptoms: Symptom[]): Severity {
  const worst = symptoms.reduce<Severity>((w, s) => worseSeverity(w, s.severity), 'low');
  const metrics = symptoms.filter((s) => s.type !== 'health-status').length;
  return metrics >= 4 ? worseSeverity(worst, 'medium') : worst;
}

/** "Unhealthy: warehouse-db unhealthy · 6 metrics anomalous", or the metrics when there is no health symptom. */
export function titleOf(symptoms: Symptom[]): string {
  const metrics = [...new Set(symptoms.filter((s) => s.type !== 'health-status').map((s) => s.type.split(' ')[0]))];
  const health = symptoms.find((s) => s.type === 'health-status');
  const named = metrics.length <= 3 ? `${metrics.join(', ')} anomalous` : `${metrics.length} metrics anomalous`;
  if (!health) return named;
  const said = health.description.replace('The plugin reported itself ', '');
  return `${said.charAt(0).toUpperCase()}${said.slice(1)} · ${named}`.slice(0, 200);
}
