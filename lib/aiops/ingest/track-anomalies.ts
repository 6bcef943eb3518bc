// Turns scored points into anomaly records: flagged points (confidence ≥ the plugin's
// confidenceThreshold) join the series' latest anomaly when joinsAnomaly says so (the detectors'
// merge rule), otherwise they open a new one. Each record keeps its start, peak, end and type.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anomaly, metricPoint } from '../../db/schema';
import { classifyAnomaly, isFlagged, joinsAnomaly, toConfidence, TYPE_LOOKAHEAD, type DetectorOutput } from '../detectors';
import type { CheckedPoint } from './check-points';

const CONTEXT_POINTS = 64;

interface Span {
  first: number;
  last: number;
  peak: number;
}

function spansOf(points: CheckedPoint[], outputs: (DetectorOutput | null)[], threshold: number): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  points.forEach((p, i) => {
    const o = outputs[i];
    if (!o || !isFlagged(o.score, threshold)) return;
    if (cur && joinsAnomaly(points[cur.last].ts, p.ts)) {
      cur.last = i;
      if (o.score > outputs[cur.peak]!.score) cur.peak = i;
    } else {
      cur = { first: i, last: i, peak: i };
      spans.push(cur);
    }
  });
  return spans;
}

async function contextValues(db: Db, p: CheckedPoint): Promise<number[]> {
  const rows = await db
    .select({ value: metricPoint.value })
    .from(metricPoint)
    .where(and(eq(metricPoint.seriesId, p.seriesId!), lt(metricPoint.ts, new Date(p.ts))))
    .orderBy(desc(metricPoint.ts))
    .limit(CONTEXT_POINTS);
  return rows.map((r) => r.value).reverse();
}

/** Returns the number of anomalies opened. */
export async function trackAnomalies(db: Db, points: CheckedPoint[], outputs: (DetectorOutput | null)[], threshold: number): Promise<number> {
  const spans = spansOf(points, outputs, threshold);
  if (spans.length === 0) return 0;
  const { pluginId, metric } = points[0];
  const context = await contextValues(db, points[0]);
  const values = [...context, ...points.map((p) => p.value)];
  let opened = 0;
  for (const s of spans) {
    const o = outputs[s.peak]!;
    const peak = points[s.peak];
    const type = classifyAnomaly(values, context.length + s.first, context.length + Math.min(points.length - 1, Math.max(s.last, s.first + TYPE_LOOKAHEAD)));
    const [latest] = await db
      .select()
      .from(anomaly)
      .where(and(eq(anomaly.pluginId, pluginId), eq(anomaly.metric, metric)))
      .orderBy(desc(anomaly.endedAt))
      .limit(1);
    const score = toConfidence(o.score);
    if (latest && joinsAnomaly(latest.endedAt.getTime(), points[s.first].ts) && points[s.first].ts >= latest.startedAt.getTime()) {
      const better = score > latest.score;
      await db
        .update(anomaly)
        .set({
          endedAt: new Date(Math.max(latest.endedAt.getTime(), points[s.last].ts)),
          ...(better && { score, peakAt: new Date(peak.ts), peakValue: peak.value, expected: o.expected, lower: o.lower, upper: o.upper }),
        })
        .where(eq(anomaly.id, latest.id));
    } else {
      await db.insert(anomaly).values({
        pluginId,
        metric,
        startedAt: new Date(points[s.first].ts),
        endedAt: new Date(points[s.last].ts),
        peakAt: new Date(peak.ts),
        score,
        peakValue: peak.value,
        expected: o.expected,
        lower: o.lower,
        upper: o.upper,
        type,
      });
      opened++;
    }
  }
  return opened;
}

