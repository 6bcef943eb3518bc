// Stores log lines and change events (deploys, restarts, scale-outs, configuration changes).
import type { EventInput } from '@/schemas';
import type { Db } from '../../db/client';
import { pluginEvent } from '../../db/schema';
import { checkPluginsExist, type WritablePlugins } from './check-plugins';
import { toEpochMs } from './timestamps';

export type EventSource = 'api' | 'console' | 'demo' | 'otlp';

export async function ingestEvents(db: Db, events: EventInput[], source: EventSource = 'api', writable: WritablePlugins = null): Promise<{ stored: number }> {
  await checkPluginsExist(db, events.map((e) => e.pluginId), 'events', writable);
  for (let i = 0; i < events.length; i += 1000) {
    await db.insert(pluginEvent).values(
      events.slice(i, i + 1000).map((e) => ({
        pluginId: e.pluginId,
        ts: new Date(toEpochMs(e.timestamp)),
        kind: e.kind,
        level: e.level,
        message: e.message,
        data: e.data ?? {},
        source,
      })),
    );
  }
  return { stored: events.length };
}
