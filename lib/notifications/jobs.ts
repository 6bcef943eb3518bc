// The notification delivery job, for lib/jobs/start-jobs.ts: every 10 s, send what is due.
import type { Job } from '../jobs/scheduler';
import { deliverDueNotifications } from './deliver-due-notifications';

export const NOTIFICATION_JOB = 'notification-delivery';

export const notificationJobs: Job[] = [{ name: NOTIFICATION_JOB, everyMs: 10_000, run: (db) => deliverDueNotifications(db).then(() => undefined) }];
