// The grouping rule, pure and in one place (the job in group-anomalies.ts only feeds it rows):
//
// 1. While a plugin has an unresolved incident (open or acknowledged), every new anomaly of
//    that plugin joins it.
// 2. Otherwise anomalies of the plugin form a candidate cluster when each starts at most
//    CLUSTER_GAP (10 min) after the previous one ended. The cluster opens an incident when at
//    least two different metrics are anomalous in it and either the plugin's own health reports
//    say degraded, unhealthy or failed between 5 min before and 5 min after it, or — for a
//    plugin that sends no health reports — at least three metrics are anomalous and one scored
//    ≥ 95. One anomalous metric opens one only when it scored ≥ SOLO_SCORE (95) and the plugin
//    said degraded, unhealthy or failed in at least SOLO_BAD_REPORTS (2) reports of that window:
//    an expired certificate fails every request (only the error rate moves) while the plugin
//    says it is degraded. One weaker anomalous metric, a single bad report, or several
//    anomalous metrics while the plugin says it is healthy, is detector noise, not an incident.
// 3. An unresolved incident resolves itself once the plugin is back to normal for a while: no
//    anomaly for QUIET (30 min) after its last one, and its health reports (if it sends any)
//    healthy or recovering for the last HEALTHY_FOR (10 min). The time is the data's time, so
//    the seeded history resolves its incidents as it is replayed. Its end (endedAt) is when the
//    plugin recovered: the first report after its last bad one, or its last anomaly's end for a
//    plugin that sends no health reports — not the moment the console decided.
// 4. An incident an operator resolved stays resolved; later anomalies start a new cluster.

export const CLUSTER_GAP_MS = 10 * 60_000;
export const HEALTH_MARGIN_MS = 5 * 60_000;
export const QUIET_MS = 30 * 60_000;
export const HEALTHY_FOR_MS = 10 * 60_000;
/** One anomalous metric is an incident only with a score this high and this many bad reports. */
export const SOLO_SCORE = 95;
export const SOLO_BAD_REPORTS = 2;
const BAD = new Set(['degraded', 'unhealthy', 'failed']);

export interface AnomalyLike {
  id: number;
  metric: string;
  startedAt: number;
  endedAt: number;
  score: number;
}

export interface HealthPoint {
  ts: number;
  status: string;
}

/** Health reports of one plugin, kept sorted by time. */
export class HealthLine {
  readonly points: HealthPoint[];
  constructor(points: HealthPoint[]) {
    this.points = [...points].sort((x, y) => x.ts - y.ts);
  }

  /** Index of the first report at or after `t` (binary search: a batch checks thousands of clusters). */
  private firstAt(t: number): number {
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid].ts < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when the plugin sent any report in [from, to]. */
  reported(from: number, to: number): boolean {
    const i = this.firstAt(from);
    return i < this.points.length && this.points[i].ts <= to;
  }

  /** How many reports in [from, to] said degraded, unhealthy or failed. */
  badReports(from: number, to: number): number {
    let n = 0;
    for (let i = this.firstAt(from); i < this.points.length && this.points[i].ts <= to; i++) if (BAD.has(this.points[i].status)) n++;
    return n;
  }

  unhealthyBetween(from: number, to: number): boolean {
    for (let i = this.firstAt(from); i < this.points.length && this.points[i].ts <= to; i++) if (BAD.has(this.points[i].status)) return true;
    return false;
  }

  /** The first report after the last bad one in (from, to], or null when none was bad there. */
  recoveredAfter(from: number, to: number): number | null {
    let lastBad = -1;
    for (let i = this.firstAt(from); i < this.points.length && this.points[i].ts <= to; i++) if (BAD.has(this.points[i].status)) lastBad = i;
    if (lastBad < 0) return null;
    return this.points[lastBad + 1]?.ts ?? null;
  }

  /** The first time t in [from, to] with no bad report in [t - HEALTHY_FOR, t], or null. */
  firstHealthyStretch(from: number, to: number): number | null {
    let t = from;
    for (const p of this.points) {
      if (!BAD.has(p.status) || p.ts < t - HEALTHY_FOR_MS) continue;
      if (p.ts > t) break;
      t = p.ts + HEALTHY_FOR_MS;
    }
    return t <= to ? t : null;
  }
}

/** Splits anomalies (sorted by start) into candidate clusters by the gap rule. */
export function clusters<T extends AnomalyLike>(anomalies: T[]): T[][] {
  const out: T[][] = [];
  let end = -Infinity;
  for (const a of anomalies) {
    if (out.length && a.startedAt - end <= CLUSTER_GAP_MS) {
      out[out.length - 1].push(a);
      end = Math.max(end, a.endedAt);
    } else {
      out.push([a]);
      end = a.endedAt;
    }
  }
  return out;
}

/** A cheap first test of rule 2 for a growing cluster: only then is `qualifies` worth asking. */
export const mayQualify = (metricCount: number, latestScore: number) => metricCount >= 2 || latestScore >= SOLO_SCORE;

/** Whether a candidate cluster is an incident (rule 2). */
export function qualifies(cluster: AnomalyLike[], health: HealthLine): boolean {
  const metrics = new Set(cluster.map((a) => a.metric));
  const from = Math.min(...cluster.map((a) => a.startedAt)) - HEALTH_MARGIN_MS;
  const to = Math.max(...cluster.map((a) => a.endedAt)) + HEALTH_MARGIN_MS;
  if (metrics.size < 2) return cluster.some((a) => a.score >= SOLO_SCORE) && health.badReports(from, to) >= SOLO_BAD_REPORTS;
  if (health.unhealthyBetween(from, to)) return true;
  const silent = !health.reported(from - 60 * 60_000, to);
  return silent && metrics.size >= 3 && cluster.some((a) => a.score >= 95);
}

/** When an incident whose last anomaly was at `lastAnomalyAt` resolved itself, if by `until` (rule 3). */
export function resolvedAt(lastAnomalyAt: number, until: number, health: HealthLine): number | null {
  const quietFrom = lastAnomalyAt + QUIET_MS;
  if (quietFrom > until) return null;
  return health.firstHealthyStretch(quietFrom, until);
}

/** When a plugin whose last anomaly ended at `lastAnomalyAt` recovered, given that it resolved at `resolved` (rule 3). */
export function recoveredAt(lastAnomalyAt: number, resolved: number, health: HealthLine): number {
  return Math.min(resolved, Math.max(lastAnomalyAt, health.recoveredAfter(lastAnomalyAt - HEALTH_MARGIN_MS, resolved) ?? lastAnomalyAt));
}
