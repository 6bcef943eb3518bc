// The analysis itself, pure over the loaded evidence: runs the steps the request switches on
// (metrics, dependencies, logs; changes always), ranks the findings, and assembles the
// RootCauseAnalysisResult with its timeline, contributing factors, plan and the console's extras.
import { RootCauseAnalysisResultSchema, type RootCauseAnalysisRequest } from '@/schemas';
import type { EvidenceData, Finding, Impact, StoredResult } from './types';
import { onsetOf, orderDepartures } from './find-departures';
import { detectMemoryGrowth } from './detect-memory-growth';
import { detectSaturation } from './detect-saturation';
import { detectLoadSurge } from './detect-load-surge';
import { analyzeChanges } from './analyze-changes';
import { analyzeDependencies } from './analyze-dependencies';
import { analyzeChecks } from './analyze-checks';
import { analyzeLogs } from './analyze-logs';
import { dataJobsOf, logFindings } from './log-findings';
import { evidenceDetails, impactOf, rankCauses } from './rank-causes';
import { buildTimeline } from './build-timeline';
import { planRemediation } from './plan-remediation';
import { excerpt, MINUTE } from './series-math';
import { formatMetric } from './format';

export function analyze(data: EvidenceData, request: RootCauseAnalysisRequest, analysisId: string, now = Date.now()): StoredResult {
  const started = performance.now();
  const symptomTimes = request.symptoms.map((s) => Date.parse(s.timestamp)).filter((t) => t >= data.start - 3_600_000 && t <= data.end);
  const firstSymptom = symptomTimes.length ? Math.min(data.start, ...symptomTimes) : data.start;

  // What a restart, rollback or scaling during the incident does to the metrics is the fix
  // taking effect, not a symptom: those departures do not order the incident.
  const fixes = data.events.filter((e) => e.kind !== 'log' && e.kind !== 'config-change' && e.ts > firstSymptom + 5 * MINUTE).map((e) => e.ts);
  const all = (request.analyzeMetrics ? orderDepartures(data.metrics, data.start, data.end) : []).filter((d) => !fixes.some((t) => d.t >= t - MINUTE && d.t <= t + 5 * MINUTE));
  const onset = onsetOf(all, firstSymptom);
  // A lone spike before the onset is noise, not the first sign of the incident.
  const departures = all.filter((d) => d.t >= onset - 5 * MINUTE || d.shape !== 'spike');
  const memory = request.analyzeMetrics ? detectMemoryGrowth(data.metrics.get('memory-usage'), data.limits, data.start, data.end, data.events.filter((e) => e.kind === 'deploy')) : null;
  const saturation = request.analyzeMetrics ? detectSaturation(data.metrics, data.start, data.end) : null;
  const changes = analyzeChanges(data, onset, departures.map((d) => d.t));
  const dependencies = request.analyzeDependencies ? analyzeDependencies(data, onset) : [];
  const checks = request.analyzeDependencies ? analyzeChecks(data, onset) : [];
  const templates = request.analyzeLogs ? analyzeLogs(data, onset) : [];
  const restarts = data.events.filter((e) => e.kind === 'restart' && e.ts >= onset - 15 * MINUTE && e.ts <= data.end);
  const dataChanges = dataJobsOf(data.events);
  const ownResources = checks.filter((c) => c.category === 'resource-exhaustion');
  const fromLogs = logFindings({ templates, changes, dependencies, memory, saturation, restarts, dataChanges, ownResources });
  const changedBefore = changes.some((c) => c.strength >= 0.3);
  // Traffic from an attack (a leaked key scraping records) is the attack's symptom, not a load surge of its own.
  const attack = [...checks, ...fromLogs].filter((f) => f.category === 'security-breach' && f.strength >= 0.5).sort((a, b) => b.strength - a.strength)[0];
  const surge = request.analyzeMetrics ? detectLoadSurge(data.metrics, onset, data.end, changedBefore, data.scaling, attack !== undefined) : null;
  if (surge && attack) attack.evidence.push(...surge.evidence.slice(0, 2));

  const findings: Finding[] = [...changes, ...dependencies, ...checks, ...fromLogs, ...(memory ? [memory] : []), ...(saturation ? [saturation] : []), ...(surge ? [surge] : [])];
  const ranking = rankCauses(findings);
  const impact: Impact = impactOf(request.symptoms.map((s) => s.severity));

  // The order in which metrics left their bands backs the leading cause (and is the only
  // evidence when the evidence is thin) — when it describes the start, not a later turn.
  const order = departures.length && departures[0].t <= firstSymptom + 15 * MINUTE
    ? {
        type: 'metric' as const,
        content: `${departures[0].metric} left its band first (${departures[0].shape} ${departures[0].direction}, ${departures[0].z.toFixed(0)} σ from about ${formatMetric(departures[0].metric, departures[0].baseline)})${
          departures.length > 1 ? `; then ${departures.slice(1, 5).map((d) => `${d.metric} +${Math.round((d.t - departures[0].t) / MINUTE)} min (r = ${d.correlation.toFixed(2)})`).join(', ')}` : ''
        }`,
        timestamp: new Date(departures[0].t).toISOString(),
        detail: {
          kind: 'metric' as const,
          metric: departures[0].metric,
          points: excerpt(data.metrics.get(departures[0].metric)!, departures[0].t - 60 * MINUTE, Math.min(data.end, departures[0].t + 60 * MINUTE)),
          band: departures[0].band,
          marker: departures[0].t,
        },
      }
    : null;

  const causes = ranking.thin
    ? [
        {
          id: 'rc-1-other',
          confidence: Math.max(5, Math.min(25, ranking.factors.reduce((m, f) => Math.max(m, f.confidence), 0))),
          finding: {
            key: 'thin',
            category: 'other' as const,
            strength: 0,
            description: `The evidence does not point to a clear cause. ${
              departures.length ? `${departures.map((d) => d.metric).slice(0, 3).join(', ')} moved` : 'The symptoms were seen'
            }, but there was no configuration change, deploy or restart shortly before, no dependency turned unhealthy${request.analyzeLogs ? ' and no error pattern appeared or multiplied' : ''}${request.analyzeMetrics ? '; no resource ran toward its limit' : ''}.`,
            evidence: [],
            recommendations: [],
          },
          evidence: order ? [order] : [],
        },
      ]
    : ranking.causes.map((c, i) => (i === 0 && order ? { ...c, evidence: [...c.evidence, order] } : c));

  const rootCauses = causes.map((c) => ({
    id: c.id,
    description: c.finding.description,
    confidence: c.confidence,
    category: c.finding.category,
    evidence: c.evidence.map(({ type, content, timestamp }) => ({ type, content, ...(timestamp && { timestamp }) })),
    impact,
    recommendations: c.finding.recommendations.length ? c.finding.recommendations : ['Keep watching the plugin; re-run the analysis if the symptoms return'],
  }));
  const top = rootCauses[0].confidence;
  const second = rootCauses[1]?.confidence ?? 0;
  // A close runner-up lowers the overall confidence: the analysis could not tell them apart.
  const overallConfidence = ranking.thin ? top : Math.round(top * (0.75 + 0.25 * (1 - second / top)));
  const iso = (t: number) => new Date(t).toISOString();

  const result = RootCauseAnalysisResultSchema.parse({
    analysisId,
    incidentId: request.incidentId,
    rootCauses,
    contributingFactors: ranking.factors.slice(0, 8),
    timeline: buildTimeline({ data, request, departures, changes, dependencies, templates, onset }).map((e) => ({ ...e, timestamp: iso(e.timestamp) })),
    remediation: planRemediation(ranking.causes, ranking.thin),
    overallConfidence,
    timestamp: iso(now),
  });
  return {
    ...result,
    extras: {
      details: evidenceDetails(causes),
      changePoints: departures.map(({ metric, t, direction, shape }) => ({ metric, t, direction, shape })),
      changes: data.events.filter((e) => e.kind !== 'log').map((e) => ({ t: e.ts, kind: e.kind, message: e.message })),
      steps: { metrics: request.analyzeMetrics, logs: request.analyzeLogs, dependencies: request.analyzeDependencies },
      durationMs: Math.round(performance.now() - started),
      causeKinds: Object.fromEntries(causes.flatMap((c) => ((c.finding as Finding).cause ? [[c.id, (c.finding as Finding).cause!]] : []))),
      ...(data.unavailableMetrics && { unavailableMetrics: data.unavailableMetrics }),
    },
  };
}
