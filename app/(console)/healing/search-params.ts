// The Healing page's view lives in the URL (tab and filters), parsed the same way by the server
// page (to prefetch) and the client (to render), so every view is linkable.
import { z } from 'zod';
import { PluginIdSchema, SelfHealingActionTypeSchema } from '@/schemas';

export interface HealingView {
  tab: 'queue' | 'history';
  plugin: string | null;
  type: string | null;
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function read(raw: RawParams, key: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(key) ?? undefined;
  const v = raw[key];
  return Array.isArray(v) ? v[0] : v;
}

export function parseHealingParams(raw: RawParams): HealingView {
  const plugin = PluginIdSchema.safeParse(read(raw, 'plugin'));
  const type = SelfHealingActionTypeSchema.safeParse(read(raw, 'type'));
  return {
    tab: z.enum(['queue', 'history']).catch('queue').parse(read(raw, 'tab')),
    plugin: plugin.success ? plugin.data : null,
    type: type.success ? type.data : null,
  };
}

export function healingHref(v: HealingView): string {
  const q = new URLSearchParams();
  if (v.tab !== 'queue') q.set('tab', v.tab);
  if (v.plugin) q.set('plugin', v.plugin);
  if (v.type) q.set('type', v.type);
  const s = q.toString();
  return s ? `/healing?${s}` : '/healing';
}

export const HISTORY_LIMIT = 100;
