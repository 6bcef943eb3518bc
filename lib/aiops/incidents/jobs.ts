// The incident background job, for lib/jobs/start-jobs.ts: every 30 s group new anomalies
// into incidents (and resolve the quiet ones), run each new incident's response, and re-analyse
// open incidents that have new evidence (living analysis).
import type { Job } from '../../jobs/scheduler';
import { groupAnomalies } from './group-anomalies';
import { respondToIncident } from './respond-to-incident';
import { refreshAnalyses } from './refresh-analyses';

export const INCIDENT_GROUPING_JOB = 'incident-grouping';

export const incidentJobs: Job[] = [
  {
    name: INCIDENT_GROUPING_JOB,
    everyMs: 30_000,
    run: async (db) => {
      const { opened } = await groupAnomalies(db);
      for (const row of opened) await respondToIncident(db, row);
      await refreshAnalyses(db);
    },
  },
];
