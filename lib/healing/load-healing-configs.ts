// The SelfHealingConfig of every plugin that has one: the latest saved AIOps document per
// plugin, read in one query. A stored body that no longer parses is skipped (and logged).
import { sql } from 'drizzle-orm';
import { SelfHealingConfigSchema, type SelfHealingConfig } from '@/schemas';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows-of';

export interface PluginHealingConfig {
  pluginId: string;
  demo: boolean;
  config: SelfHealingConfig;
}

export async function loadHealingConfigs(db: Db, pluginId?: string): Promise<PluginHealingConfig[]> {
  const rows = rowsOf(
    await db.execute(sql`
      select distinct on (d.scope) p.id as plugin_id, p.demo, d.body -> 'selfHealing' as healing
      from document d join plugin p on d.scope = 'plugin:' || p.id
      where d.kind = 'aiops' ${pluginId ? sql`and p.id = ${pluginId}` : sql``}
      order by d.scope, d.version desc`),
  );
  const out: PluginHealingConfig[] = [];
  for (const r of rows) {
    if (!r.healing) continue;
    const parsed = SelfHealingConfigSchema.safeParse(r.healing);
    if (!parsed.success) {
      console.warn(`[healing] the selfHealing settings of ${String(r.plugin_id)} do not parse; skipped`);
      continue;
    }
    out.push({ pluginId: String(r.plugin_id), demo: Boolean(r.demo), config: parsed.data });
  }
  return out;
}
