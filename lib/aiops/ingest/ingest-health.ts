// Stores health reports; the latest report per plugin is its current status.
import type { HealthIngest } from '@/schemas';
import type { Db } from '../../db/client';
import { healthReport } from '../../db/schema';
import { checkPluginsExist, type WritablePlugins } from './check-plugins';

export async function ingestHealth(db: Db, input: HealthIngest, writable: WritablePlugins = null): Promise<{ stored: number }> {
  await checkPluginsExist(db, input.reports.map((r) => r.pluginId), 'reports', writable);
  await db.insert(healthReport).values(
    input.reports.map((r) => ({ pluginId: r.pluginId, ts: new Date(r.report.timestamp), status: r.report.status, report: r.report })),
  );
  return { stored: input.reports.length };
}
