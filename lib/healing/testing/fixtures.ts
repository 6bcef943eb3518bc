// Test fixtures for the healing engine: a plugin with sandbox and AIOps documents, metric
// points, and proposals inserted in a given state.
import { randomUUID } from 'node:crypto';
import type { SelfHealingConfigInput } from '@/schemas';
import type { Db } from '../../db/client';
import { healingProposal } from '../../db/schema';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { saveDocument } from '../../config-store/save-document';
import { ingestPoints } from '../../aiops/ingest/ingest-metrics';
import type { ProposalRow } from '../propose-actions';
import type { ProposalReason } from '../types';

const actor = systemActor('test');
export const MAX_HEAP = 268_435_456;

export async function pluginWithHealing(db: Db, id: string, selfHealing: SelfHealingConfigInput, opts: { demo?: boolean } = {}): Promise<void> {
  await createPlugin(db, actor, { id, name: id, demo: opts.demo });
  await saveDocument(db, actor, 'sandbox', id, { baseVersion: 0, body: { memory: { maxHeap: MAX_HEAP } } });
  await saveDocument(db, actor, 'aiops', id, { baseVersion: 0, body: { agentId: `${id}-agent`, pluginId: id, selfHealing } });
}

/** Points every 10 s, the last one at `end`. */
export async function addPoints(db: Db, pluginId: string, metric: string, values: number[], end: number): Promise<void> {
  await ingestPoints(db, values.map((value, i) => ({ pluginId, metric, ts: end - (values.length - 1 - i) * 10_000, value })));
}

export const testReason = (over: Partial<ProposalReason> = {}): ProposalReason => ({
  matches: [{ kind: 'healthStatus', status: 'failed', reportedAt: new Date(0).toISOString(), text: 'Health is failed' }],
  triggerKey: 'healthStatus',
  metric: null,
  strategy: 'moderate',
  approval: 'test',
  learning: { enabled: true, feedbackLoop: true },
  feedback: null,
  timeoutSeconds: 60,
  ...over,
});

export async function insertProposal(db: Db, over: Partial<typeof healingProposal.$inferInsert> & { pluginId: string }): Promise<ProposalRow> {
  const now = Date.now();
  const [row] = await db
    .insert(healingProposal)
    .values({
      id: randomUUID(),
      actionId: `action-${randomUUID().slice(0, 8)}`,
      actionType: 'restart',
      parameters: {},
      priority: 5,
      status: 'approved',
      reason: testReason(),
      requiresApproval: true,
      decidedBy: 'approver@test.local',
      decidedAt: new Date(now),
      expiresAt: new Date(now + 60_000),
      executor: 'agent',
      createdAt: new Date(now),
      ...over,
    })
    .returning();
  return row;
}
