// GET /metrics: the console's registry in Prometheus text format, after setting the gauges that
// are read at scrape time (open incidents from the database, job lag from the scheduler).
import { ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { incident } from '../db/schema';
import { jobStatuses } from '../jobs/scheduler';
import { consoleMetrics } from './instruments';

const UNRESOLVED = ['open', 'acknowledged'] as const;

async function setIncidentsOpen(db: Db): Promise<void> {
  const rows = await db.select({ status: incident.status, n: sql<number>`count(*)::int` }).from(incident).where(ne(incident.status, 'resolved')).groupBy(incident.status);
  const gauge = consoleMetrics().incidentsOpen;
  for (const status of UNRESOLVED) gauge.set({ status }, Number(rows.find((r) => r.status === status)?.n ?? 0));
}

function setJobLag(now: number): void {
  const gauge = consoleMetrics().jobLag;
  for (const j of jobStatuses()) {
    const due = (j.lastRunAt ?? j.scheduledAt) + j.everyMs;
    gauge.set({ job: j.name }, Math.max(0, now - due) / 1000);
  }
}

export async function renderConsoleMetrics(db: Db, now = Date.now()): Promise<{ contentType: string; text: string }> {
  await setIncidentsOpen(db);
  setJobLag(now);
  const { registry } = consoleMetrics();
  return { contentType: registry.contentType, text: await registry.metrics() };
}
