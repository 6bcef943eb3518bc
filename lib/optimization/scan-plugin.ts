// One optimization scan of a plugin: run every rule on its facts, store new suggestions, refresh
// open ones, drop open ones whose evidence is gone, never bring back what was dismissed or
// applied for the same evidence, and (with optimization.autoApply) apply the allowed ones.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { AIOpsAgentConfig } from '@/schemas';
import type { Db } from '../db/client';
import { optimization } from '../db/schema';
import { systemActor } from '../auth/actor';
import { applyOptimization } from './apply-optimization';
import { mayAutoApply } from './auto-apply-policy';
import { loadFacts } from './load-facts';
import { RULES } from './rules';
import type { PluginFacts, Suggestion } from './types';

export interface ScanResult {
  pluginId: string;
  created: number;
  refreshed: number;
  removed: number;
  autoApplied: string[];
  autoApplyFailed: { id: string; error: string }[];
  /** Days of metric history the rules had to go on (the longest metric). */
  historyDays: number;
}

export const optimizerActor = systemActor('optimizer');

export function runRules(facts: PluginFacts): Suggestion[] {
  return RULES.flatMap((rule) => rule(facts));
}

const newId = () => `opt_${randomBytes(6).toString('hex')}`;

export async function scanPlugin(db: Db, pluginId: string, now = Date.now()): Promise<ScanResult> {
  const facts = await loadFacts(db, pluginId, now);
  const suggestions = runRules(facts);
  const existing = await db.select().from(optimization).where(eq(optimization.pluginId, pluginId));
  const byKey = new Map(existing.map((r) => [r.evidenceKey, r]));
  const historyDays = Math.max(0, ...Object.values(facts.metrics).map((m) => (m?.t.length ?? 0) / 1440));
  const result: ScanResult = { pluginId, created: 0, refreshed: 0, removed: 0, autoApplied: [], autoApplyFailed: [], historyDays };
  const open: { id: string; s: Suggestion }[] = [];

  for (const s of suggestions) {
    const row = byKey.get(s.evidenceKey);
    if (row && row.status !== 'open') continue; // dismissed or applied for these very facts
    const id = row?.id ?? newId();
    const values = { type: s.record.type, record: { id, pluginId, ...s.record }, evidence: s.evidence, change: s.change, updatedAt: new Date(now) };
    if (row) {
      await db.update(optimization).set(values).where(eq(optimization.id, id));
      result.refreshed++;
    } else {
      const inserted = await db
        .insert(optimization)
        .values({ id, pluginId, evidenceKey: s.evidenceKey, status: 'open', ...values })
        .onConflictDoNothing()
        .returning({ id: optimization.id });
      if (inserted.length === 0) continue; // another process stored it first
      result.created++;
    }
    open.push({ id, s });
  }

  const produced = new Set(suggestions.map((s) => s.evidenceKey));
  const stale = existing.filter((r) => r.status === 'open' && !produced.has(r.evidenceKey)).map((r) => r.id);
  if (stale.length) {
    await db.delete(optimization).where(and(eq(optimization.pluginId, pluginId), eq(optimization.status, 'open'), inArray(optimization.id, stale)));
    result.removed = stale.length;
  }

  const settings = (facts.aiops.body as AIOpsAgentConfig).optimization;
  if (settings?.enabled && settings.autoApply) {
    for (const { id, s } of open) {
      if (!mayAutoApply(s.record, s.change)) continue;
      try {
        await applyOptimization(db, optimizerActor, id, { auto: true });
        result.autoApplied.push(id);
      } catch (err) {
        // Left open for a person; the next scan tries again.
        result.autoApplyFailed.push({ id, error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  return result;
}
