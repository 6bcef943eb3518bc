// The edited selfHealing block as the dry run takes it: each action parsed on its own with the
// protocol's SelfHealingActionSchema (the one the document is saved with), so an invalid action
// is reported with its paths and the others still run. An action whose id another action
// already has is reported too: the engine keys proposals by id.
import { SelfHealingActionSchema, type SelfHealingAction, type SelfHealingConfig } from '@/schemas';
import type { HealingDraft } from '@/schemas/whatif-api';
import { zodIssues, type IssueItem } from '../../errors';

export type DraftAction = { index: number; ok: true; action: SelfHealingAction } | { index: number; ok: false; id: string | null; issues: IssueItem[] };

export function parseHealingDraft(draft: HealingDraft): { config: SelfHealingConfig; actions: DraftAction[] } {
  const seen = new Map<string, number>();
  const actions = draft.actions.map((input, index): DraftAction => {
    const parsed = SelfHealingActionSchema.safeParse(input);
    const rawId = (input as { id?: unknown } | null)?.id;
    if (!parsed.success) return { index, ok: false, id: typeof rawId === 'string' ? rawId : null, issues: zodIssues(parsed.error) };
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      return { index, ok: false, id: parsed.data.id, issues: [{ path: 'id', message: `Action ${first + 1} has this id already; each action needs its own` }] };
    }
    seen.set(parsed.data.id, index);
    return { index, ok: true, action: parsed.data };
  });
  const { actions: _drafts, ...settings } = draft;
  return { config: { ...settings, actions: actions.flatMap((a) => (a.ok ? [a.action] : [])) }, actions };
}
