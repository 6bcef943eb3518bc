/*
 * Completes a reserved generation row with its result or its error and how long it took, and
 * appends the audit event every generation leaves (who, which input, which outcome).
 */
import { eq } from 'drizzle-orm';
import type { GeneratedCode } from '@/schemas';
import type { Db } from '@/lib/db/client';
import { generation } from '@/lib/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { appendAuditEvent } from '@/lib/audit/append-event';

export type GenerationOutcome = { ok: true; result: GeneratedCode } | { ok: false; error: string; code: string };

const AUDIT_PROMPT_CHARS = 200;

export async function finishGeneration(
  db: Db,
  actor: Actor,
  row: { id: string; prompt: string; parentId?: string | null; outputFormat: string },
  outcome: GenerationOutcome,
  durationMs: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(generation)
      .set(outcome.ok ? { result: outcome.result, durationMs } : { error: outcome.error, durationMs })
      .where(eq(generation.id, row.id));
    await appendAuditEvent(tx, actor, {
      kind: row.parentId ? 'generation.refine' : 'generation.create',
      target: `generation:${row.id}`,
      beforeRef: row.parentId ? `generation:${row.parentId}` : null,
      afterRef: `generation:${row.id}`,
      details: {
        prompt: row.prompt.slice(0, AUDIT_PROMPT_CHARS),
        outputFormat: row.outputFormat,
        outcome: outcome.ok ? 'ok' : outcome.code,
        ...(outcome.ok ? { confidence: outcome.result.confidence, files: outcome.result.files.length + (outcome.result.schemas?.length ?? 0) } : {}),
      },
    });
  });
}
