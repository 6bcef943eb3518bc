// Background jobs of the optimization scans, for lib/jobs/start-jobs.ts. The job wakes every
// minute; each plugin is scanned only when its own scanInterval has passed.
import type { Job } from '../jobs/scheduler';
import { scanDuePlugins } from './scan-due';

export const optimizationJobs: Job[] = [
  {
    name: 'optimization-scan',
    everyMs: 60_000,
    run: async (db) => {
      await scanDuePlugins(db);
    },
  },
];
