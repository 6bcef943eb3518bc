// The result's timeline: changes, dependency turns, the order in which metrics left their bands,
// new error patterns, the symptoms, and what happened after (restarts, rollbacks, scalings),
// oldest first. Significance follows how much each entry counts toward the top causes.
import type { RootCauseAnalysisRequest } from '@/schemas';
import type { EvidenceData, TimelineEntry } from './types';
import type { OrderedDeparture } from './find-departures';
import type { ChangeFinding } from './analyze-changes';
import { CHANGE_KINDS } from './analyze-changes';
import type { DependencyFinding } from './analyze-dependencies';
import type { TemplateStat } from './analyze-logs';
import { formatMetric } from './format';

const MAX_ENTRIES = 40;
const level = (s: number): TimelineEntry['significance'] => (s >= 0.5 ? 'high' : s >= 0.2 ? 'medium' : 'low');

export interface TimelineInput {
  data: EvidenceData;
  request: RootCauseAnalysisRequest;
  departures: OrderedDeparture[];
  changes: ChangeFinding[];
  dependencies: DependencyFinding[];
  templates: TemplateStat[];
  onset: number;
}

export function buildTimeline({ data, request, departures, changes, dependencies, templates, onset }: TimelineInput): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const c of changes) out.push({ timestamp: c.change.ts, event: `${c.change.kind}: ${c.change.message}`, significance: level(c.strength) });
  for (const e of data.events) {
    if (CHANGE_KINDS.has(e.kind) && e.ts > onset + 60_000 && e.ts <= data.end) out.push({ timestamp: e.ts, event: `${e.kind} after the incident began: ${e.message}`, significance: 'medium' });
  }
  for (const d of dependencies) out.push({ timestamp: d.at!, event: `${d.dependency} turned unhealthy in health reports`, significance: level(d.strength) });
  departures.forEach((d, i) =>
    out.push({
      timestamp: d.t,
      event: `${d.metric} left its band (${d.shape} ${d.direction}, from about ${formatMetric(d.metric, d.baseline)})${i === 0 ? ', first of the metrics' : `, r = ${d.correlation.toFixed(2)} with ${departures[0].metric}`}`,
      significance: i === 0 ? 'high' : 'medium',
    }),
  );
  for (const t of templates.slice(0, 5)) out.push({ timestamp: t.firstSeen, event: `${t.baselineCount ? 'More' : 'New'} ${t.level} lines: "${t.template.slice(0, 120)}" (${t.count})`, significance: level(t.strength) });
  for (const s of request.symptoms) out.push({ timestamp: Date.parse(s.timestamp), event: `Symptom: ${s.description}`, significance: s.severity === 'low' ? 'low' : s.severity === 'medium' ? 'medium' : 'high' });
  out.sort((a, b) => a.timestamp - b.timestamp);
  // Keep the significant entries when there are too many.
  if (out.length <= MAX_ENTRIES) return out;
  const rank = { high: 0, medium: 1, low: 2 };
  const kept = new Set([...out].sort((a, b) => rank[a.significance] - rank[b.significance]).slice(0, MAX_ENTRIES));
  return out.filter((e) => kept.has(e));
}
