// The Healing page's view lives in the URL (tab and filters), parsed the same way by the server
// page (to prefetch) and the client (to render), so every view is linkable.
import { z } from 'zod';
import { PluginIdSchema, SelfHealingActionTypeSchema } from '@/schemas';
import { HISTORY_STATUSES, QUEUE_STATUSES, type ProposalFilterDto } from '@/lib/queries/healing';
import { readParam, type RawParams } from '../read-param';

export interface HealingView {
  tab: 'queue' | 'history';
  plugin: string | null;
  type: string | null;
  /** Only the proposals of this incident (the incident page links here). */
  incident: number | null;
}

export function parseHealingParams(raw: RawParams): HealingView {
  const plugin = PluginIdSchema.safeParse(readParam(raw, 'plugin'));
  const type = SelfHealingActionTypeSchema.safeParse(readParam(raw, 'type'));
  const incident = z.coerce.number().int().min(1).safeParse(readParam(raw, 'incident'));
  return {
    tab: z.enum(['queue', 'history']).catch('queue').parse(readParam(raw, 'tab')),
    plugin: plugin.success ? plugin.data : null,
    type: type.success ? type.data : null,
    incident: incident.success ? incident.data : null,
  };
}

export function healingHref(v: HealingView): string {
  const q = new URLSearchParams();
  if (v.tab !== 'queue') q.set('tab', v.tab);
  if (v.plugin) q.set('plugin', v.plugin);
  if (v.type) q.set('type', v.type);
  if (v.incident) q.set('incident', String(v.incident));
  const s = q.toString();
  return s ? `/healing?${s}` : '/healing';
}

const HISTORY_LIMIT = 100;

/** The API filter of one tab of a view: the queue is every pending proposal, the history the latest decided ones. */
export function proposalFilter(v: HealingView, tab: HealingView['tab']): ProposalFilterDto {
  const filter = { plugin: v.plugin ?? undefined, type: v.type ?? undefined, incident: v.incident ?? undefined };
  return tab === 'queue' ? { ...filter, status: QUEUE_STATUSES } : { ...filter, status: HISTORY_STATUSES, limit: HISTORY_LIMIT };
}
