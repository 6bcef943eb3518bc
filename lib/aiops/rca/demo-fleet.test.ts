// Every scripted incident of the demo fleet, replayed through ingest (detector, anomalies),
// the grouping job and the root-cause analysis, must get its ground truth's expected top cause
// (or one of its acceptable ones). Only the incident's plugin and a window around each incident
// (from 28 h before, for the detector's warm-up and the same-time-yesterday comparison) are
// replayed, to keep the test fast.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '../../testing/test-db';
import { getDb } from '../../db/client';
import { healthReport, incident } from '../../db/schema';
import { seedDemo } from '../../demo/seed-demo';
import { groundTruth, simulateHistory, type IncidentTruth } from '../../demo/fleet';
import { ingestPoints } from '../ingest/ingest-metrics';
import { ingestEvents } from '../ingest/ingest-events';
import { groupAnomalies } from '../incidents/group-anomalies';
import { runAnalysis } from './run-analysis';
import { requestFromIncident } from './request-from-incident';
import type { StoredResult } from './types';

useTestDb();

const NOW = Date.UTC(2026, 2, 12, 16, 0, 0);
const SEED = Number(process.env.FLEET_SEED ?? 20261126);
const LEAD = 28 * 3_600_000;
const TAIL = 3_600_000;
let truth: IncidentTruth[];
const results = new Map<string, { incidentId: number; result: StoredResult }>();

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  truth = groundTruth({ now: NOW, seed: SEED });
  const inWindow = (pluginId: string, t: number) => truth.some((i) => i.pluginId === pluginId && t >= i.start - LEAD && t <= i.end! + TAIL);
  for (const batch of simulateHistory({ now: NOW, seed: SEED })) {
    const points = batch.points.filter((p) => inWindow(p.pluginId, p.timestamp));
    if (points.length) await ingestPoints(db, points.map((p) => ({ pluginId: p.pluginId, metric: p.metric, ts: p.timestamp, value: p.value })));
    const events = batch.events.filter((e) => inWindow(e.pluginId, e.timestamp));
    if (events.length) await ingestEvents(db, events, 'demo');
    const health = batch.health.filter((h) => inWindow(h.pluginId, h.timestamp));
    if (health.length) await db.insert(healthReport).values(health.map((h) => ({ pluginId: h.pluginId, ts: new Date(h.timestamp), status: h.report.status, report: h.report })));
  }
  await groupAnomalies(db, { now: NOW });
  for (const t of truth) {
    const rows = await db.select().from(incident).where(eq(incident.pluginId, t.pluginId));
    // The incident that covers most of the scripted one (noise may open another just before).
    const overlap = (r: (typeof rows)[number]) => Math.min(t.end!, r.endedAt?.getTime() ?? NOW) - Math.max(t.start, r.startedAt.getTime());
    const hit = rows.filter((r) => overlap(r) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
    if (!hit) continue;
    const analysis = await runAnalysis(db, requestFromIncident(hit), { createdBy: 'test', narrative: false });
    results.set(t.id, { incidentId: hit.id, result: analysis.result as StoredResult });
  }
}, 600_000);

describe('the demo fleet incidents', () => {
  it('each scripted incident becomes an incident whose top cause is the expected one', () => {
    expect(truth).toHaveLength(4);
    for (const t of truth) {
      const r = results.get(t.id);
      expect(r, `${t.kind} on ${t.pluginId} should open an incident`).toBeDefined();
      const causes = r!.result.rootCauses;
      const summary = causes.map((c) => `${c.category} ${c.confidence}`).join(', ');
      expect([t.expectedTopCause], `${t.kind}: ${summary}`).toContain(causes[0].category);
      expect(causes[0].confidence, `${t.kind}: ${summary}`).toBeGreaterThanOrEqual(50);
    }
  });

  it('points the evidence at the right thing', () => {
    const byKind = (k: IncidentTruth['kind']) => results.get(truth.find((t) => t.kind === k)!.id)!.result.rootCauses[0];
    expect(byKind('memory-leak').evidence.map((e) => e.content).join(' ')).toMatch(/memory-usage/);
    expect(byKind('dependency-outage').description).toMatch(/warehouse-db/);
    expect(byKind('bad-config-rollout').evidence.map((e) => e.content).join(' ')).toMatch(/pool\.maxConnections/);
    expect(byKind('traffic-surge').evidence.map((e) => e.content).join(' ')).toMatch(/queue-depth|cpu-usage/);
  });
});
