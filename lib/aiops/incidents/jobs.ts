// The incident background job, for lib/jobs/start-jobs.ts: every 30 s group new anomalies
// into incidents (and resolve the quiet ones), run each new or resolved incident's response, and re-analyse
// open incidents that have new evidence (living analysis). Incidents of dependants are merged
// into their dependency's first (topology).
import { inArray } from 'drizzle-orm';
import type { Job } from '../../jobs/scheduler';
import type { Db } from '../../db/client';
import { incident } from '../../db/schema';
import { groupAnomalies } from './group-anomalies';
import { respondToIncident, respondToResolution } from './respond-to-incident';
import { refreshAnalyses } from './refresh-analyses';
import { mergeByTopology } from './merge-by-topology';

export const INCIDENT_GROUPING_JOB = 'incident-grouping';

/**
 * One pass of the job at `now` (the data's clock in tests and scenario runs): returns the
 * incidents it opened that were not merged into a dependency's, and the ids it resolved.
 */
export async function runIncidentPass(db: Db, now = Date.now()) {
  const { opened, resolved } = await groupAnomalies(db, { now });
  // A dependant's incident merged into its dependency's is part of that one: no response of its own.
  const merged = new Set(await mergeByTopology(db, opened.map((r) => r.id)));
  for (const row of opened) if (!merged.has(row.id)) await respondToIncident(db, row, now);
  const ended = resolved.length ? await db.select().from(incident).where(inArray(incident.id, resolved)) : [];
  for (const row of ended) if (!merged.has(row.id)) await respondToResolution(db, row, now);
  await refreshAnalyses(db, { now });
  return { opened: opened.filter((r) => !merged.has(r.id)), resolved };
}

export const incidentJobs: Job[] = [
  {
    name: INCIDENT_GROUPING_JOB,
    everyMs: 30_000,
    run: async (db) => {
      await runIncidentPass(db);
    },
  },
];
