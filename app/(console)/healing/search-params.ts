// The Healing page's view lives in the URL (tab and filters), parsed the same way by the server
// page (to prefetch) and the client (to render), so every view is linkable.
import { createLoader, createSerializer, parseAsStringLiteral, type LoaderInput } from 'nuqs/server';
import { z } from 'zod';
import { PluginIdSchema, SelfHealingActionTypeSchema } from '@/schemas';
import { HISTORY_STATUSES, QUEUE_STATUSES, type ProposalFilterDto } from '@/lib/queries/healing';
import { zodParam } from '../url-state';

export interface HealingView {
  tab: 'queue' | 'history';
  plugin: string | null;
  type: string | null;
  /** Only the proposals of this incident (the incident page links here). */
  incident: number | null;
}

const healingParams = {
  tab: parseAsStringLiteral(['queue', 'history'] as const).withDefault('queue'),
  plugin: zodParam(PluginIdSchema),
  type: zodParam(SelfHealingActionTypeSchema),
  incident: zodParam(z.coerce.number().int().min(1)),
};

export const parseHealingParams: (raw: LoaderInput) => HealingView = createLoader(healingParams);
const serializeHealing = createSerializer(healingParams);

/** The URL of a view; an action type the protocol does not know is left out, as reading would. */
export const healingHref = (v: HealingView): string => serializeHealing('/healing', { ...v, type: SelfHealingActionTypeSchema.safeParse(v.type).data ?? null });

const HISTORY_LIMIT = 100;

/** The API filter of one tab of a view: the queue is every pending proposal, the history the latest decided ones. */
export function proposalFilter(v: HealingView, tab: HealingView['tab']): ProposalFilterDto {
  const filter = { plugin: v.plugin ?? undefined, type: v.type ?? undefined, incident: v.incident ?? undefined };
  return tab === 'queue' ? { ...filter, status: QUEUE_STATUSES } : { ...filter, status: HISTORY_STATUSES, limit: HISTORY_LIMIT };
}
