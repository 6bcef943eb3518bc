// The latest health status of every plugin, from its most recent report.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows-of';

export interface PluginHealth {
  pluginId: string;
  name: string;
  demo: boolean;
  status: string;
  reportedAt: string | null;
  message: string | null;
  unhealthyDependencies: string[];
}

export async function fleetHealth(db: Db): Promise<PluginHealth[]> {
  const rows = rowsOf(
    await db.execute(sql`
      select p.id, p.name, p.demo, h.status, h.ts, h.report
      from plugin p
      left join lateral (select status, ts, report from health_report where plugin_id = p.id order by ts desc limit 1) h on true
      order by p.name`),
  );
  return rows.map((r) => {
    const report = (r.report ?? {}) as { message?: string; dependencies?: { pluginId: string; status: string }[] };
    return {
      pluginId: String(r.id),
      name: String(r.name),
      demo: Boolean(r.demo),
      status: r.status ? String(r.status) : 'unknown',
      reportedAt: r.ts ? new Date(r.ts as string).toISOString() : null,
      message: report.message ?? null,
      unhealthyDependencies: (report.dependencies ?? []).filter((d) => d.status !== 'healthy').map((d) => d.pluginId),
    };
  });
}
