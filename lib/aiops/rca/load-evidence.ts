// Reads what an analysis works from, in a few indexed queries: per-minute roll-ups of the
// plugin's metrics (from a day before the start, for the same-time-yesterday comparison and the
// memory climb; from Prometheus, per minute, for a metric its metrics-source document reads
// there, and named as unavailable when the store cannot answer), change events and
// warning/error lines, health reports, the sandbox limits, and the diff of each configuration
// version saved through the console.
import { and, asc, eq, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import { AIOpsMetricSchema, type DocumentKind, type RootCauseAnalysisRequest } from '@/schemas';
import type { Db } from '../../db/client';
import { healthReport, metricSeries, pluginEvent } from '../../db/schema';
import { getDocument } from '../../config-store/get-document';
import { diffVersions } from '../../config-store/diff-versions';
import { rowsOf } from '../../db/rows-of';
import type { ChangeDiff, EvidenceData, LoadedEvent, LoadedHealth, Limits, MinuteSeries, OwnCheck, Scaling } from './types';
import { diffKey } from './analyze-changes';
import { HOUR } from './series-math';
import { promSourcesOf } from '../../prometheus/metrics-source';
import { PROMETHEUS_NOT_CONFIGURED, prometheusConfig } from '../../prometheus/prometheus-config';
import { readPromMinuteMeans } from '../../prometheus/minute-means';
import { isPrometheusReadFailure } from '../../prometheus/prometheus-error';

/** Long enough for yesterday's same window plus the two-hour baseline before it. */
const METRIC_LOOKBACK = 26 * HOUR;
const EVENT_LOOKBACK = 2 * HOUR;
/** Error patterns are compared with the day before, so a pattern that comes every few hours is not new. */
const LOG_LOOKBACK = 24 * HOUR;
/** An analysis covers at most two days after its start: longer windows add cost, not insight. */
const MAX_SPAN = 48 * HOUR;
const MAX_EVENTS = 50_000;

/** The plugin's Prometheus-sourced metrics, per minute, into `out`; returns why any could not be read. */
async function loadPromMetrics(db: Db, pluginId: string, from: number, to: number, out: Map<string, MinuteSeries>): Promise<string[]> {
  const sourceOf = await promSourcesOf(db, pluginId);
  const sources = AIOpsMetricSchema.options.map(sourceOf).filter((s) => s !== null);
  if (!sources.length) return [];
  const config = prometheusConfig();
  if (!config) return sources.map((s) => `${s.metric}: ${PROMETHEUS_NOT_CONFIGURED}`);
  const unavailable: string[] = [];
  await Promise.all(
    sources.map(async (src) => {
      try {
        out.set(src.metric, await readPromMinuteMeans(config, src, from, to));
      } catch (err) {
        if (!isPrometheusReadFailure(err)) throw err;
        unavailable.push(`${src.metric}: ${err.message}`);
      }
    }),
  );
  return unavailable.sort();
}

/**
 * Both sources side by side. A metric read from Prometheus wins over what the console holds for
 * it (nothing, or points pushed before the plugin switched to Prometheus).
 */
async function loadMetrics(db: Db, pluginId: string, from: number, to: number): Promise<{ metrics: Map<string, MinuteSeries>; unavailable: string[] }> {
  const stored = new Map<string, MinuteSeries>();
  const fromProm = new Map<string, MinuteSeries>();
  const [, unavailable] = await Promise.all([loadStoredMetrics(db, pluginId, from, to, stored), loadPromMetrics(db, pluginId, from, to, fromProm)]);
  return { metrics: new Map([...stored, ...fromProm]), unavailable };
}

async function loadStoredMetrics(db: Db, pluginId: string, from: number, to: number, out: Map<string, MinuteSeries>): Promise<void> {
  const series = await db.select().from(metricSeries).where(eq(metricSeries.pluginId, pluginId));
  if (series.length === 0) return;
  const names = new Map(series.map((s) => [s.id, s.metric]));
  const rows = rowsOf(
    await db.execute(sql`
      select series_id, round(extract(epoch from bucket) * 1000)::bigint as t, sum / nullif(count, 0) as v
      from metric_rollup
      where series_id in (${sql.join(series.map((s) => sql`${s.id}`), sql`, `)}) and resolution = 60
        and bucket >= ${new Date(from).toISOString()} and bucket <= ${new Date(to).toISOString()}
      order by series_id, bucket`),
  );
  for (const r of rows) {
    const metric = names.get(Number(r.series_id));
    if (!metric || r.v === null) continue;
    const s = out.get(metric) ?? out.set(metric, { t: [], v: [] }).get(metric)!;
    s.t.push(Number(r.t));
    s.v.push(Number(r.v));
  }
}

async function loadEvents(db: Db, pluginId: string, from: number, to: number): Promise<LoadedEvent[]> {
  // Info and debug lines are the bulk of the logs and never evidence: leave them in the database.
  const rows = await db
    .select({ ts: pluginEvent.ts, kind: pluginEvent.kind, level: pluginEvent.level, message: pluginEvent.message, data: pluginEvent.data })
    .from(pluginEvent)
    .where(
      and(
        eq(pluginEvent.pluginId, pluginId),
        gte(pluginEvent.ts, new Date(from)),
        lte(pluginEvent.ts, new Date(to)),
        or(ne(pluginEvent.kind, 'log'), inArray(pluginEvent.level, ['warn', 'error'])),
      ),
    )
    .orderBy(asc(pluginEvent.ts))
    .limit(MAX_EVENTS);
  return rows.map((r) => ({ ts: r.ts.getTime(), kind: r.kind, level: r.level, message: r.message, data: (r.data ?? {}) as Record<string, unknown> }));
}

interface ReportShape {
  dependencies?: { pluginId: string; status: string; message?: string }[];
  checks?: { name: string; status?: string; message?: string; data?: { host?: unknown } }[];
}

async function loadHealth(db: Db, pluginId: string, from: number, to: number): Promise<LoadedHealth[]> {
  const rows = await db
    .select()
    .from(healthReport)
    .where(and(eq(healthReport.pluginId, pluginId), gte(healthReport.ts, new Date(from)), lte(healthReport.ts, new Date(to))))
    .orderBy(asc(healthReport.ts))
    .limit(20_000);
  return rows.map((r) => {
    const rep = r.report as ReportShape;
    const hosts: Record<string, string> = {};
    const checks: OwnCheck[] = [];
    for (const c of rep.checks ?? []) {
      if (!c.name.startsWith('dependency:')) checks.push({ name: c.name, status: c.status ?? 'passed', ...(c.message && { message: c.message }) });
      else if (typeof c.data?.host === 'string') hosts[c.name.slice(11)] = c.data.host;
    }
    return { ts: r.ts.getTime(), status: r.status, dependencies: rep.dependencies ?? [], hosts, checks };
  });
}

async function loadLimits(db: Db, pluginId: string): Promise<Limits> {
  const body = (await getDocument(db, 'sandbox', pluginId)).body as { memory?: { maxHeap?: number }; runtime?: { resourceLimits?: { maxMemory?: number } } };
  return { maxHeap: body.memory?.maxHeap, maxMemory: body.runtime?.resourceLimits?.maxMemory };
}

async function loadScaling(db: Db, pluginId: string): Promise<Scaling[]> {
  const body = (await getDocument(db, 'aiops', pluginId)).body as { autoScaling?: { enabled?: boolean; metric?: string; bounds?: { maxInstances?: number } }[] };
  return (body.autoScaling ?? []).map((p) => ({ enabled: p.enabled === true, metric: p.metric ?? 'cpu', maxInstances: p.bounds?.maxInstances ?? 10 }));
}

/** The diff of each configuration change: saved console versions, or the changes an agent reported. */
async function loadDiffs(db: Db, pluginId: string, events: LoadedEvent[]): Promise<Map<string, ChangeDiff[]>> {
  const out = new Map<string, ChangeDiff[]>();
  for (const e of events) {
    if (e.kind !== 'config-change' && e.kind !== 'rollback') continue;
    const d = e.data;
    if (Array.isArray(d.changes)) {
      out.set(
        diffKey(e),
        (d.changes as { path?: unknown; from?: unknown; to?: unknown }[]).filter((c) => typeof c?.path === 'string').map((c) => ({ path: c.path as string, from: c.from, to: c.to })),
      );
    } else if (typeof d.documentKind === 'string' && typeof d.version === 'number' && typeof d.previousVersion === 'number') {
      const changes = await diffVersions(db, d.documentKind as DocumentKind, pluginId, d.previousVersion, d.version).catch(() => []);
      out.set(
        diffKey(e),
        changes.map((c) => ({ path: `${d.documentKind}.${c.path}`, from: c.before, to: c.after })),
      );
    }
  }
  return out;
}

export async function loadEvidence(db: Db, request: RootCauseAnalysisRequest): Promise<EvidenceData> {
  const start = Date.parse(request.timeRange.start);
  const end = Math.min(Date.parse(request.timeRange.end), start + MAX_SPAN);
  const { pluginId } = request;
  const [{ metrics, unavailable }, events, health, limits] = await Promise.all([
    request.analyzeMetrics ? loadMetrics(db, pluginId, start - METRIC_LOOKBACK, end) : Promise.resolve({ metrics: new Map<string, MinuteSeries>(), unavailable: [] }),
    loadEvents(db, pluginId, start - LOG_LOOKBACK, end),
    request.analyzeDependencies ? loadHealth(db, pluginId, start - EVENT_LOOKBACK, end) : Promise.resolve([]),
    loadLimits(db, pluginId),
  ]);
  return {
    pluginId,
    start,
    end,
    metrics,
    events,
    health,
    limits,
    diffs: await loadDiffs(db, pluginId, events),
    scaling: await loadScaling(db, pluginId),
    ...(unavailable.length && { unavailableMetrics: unavailable }),
  };
}
