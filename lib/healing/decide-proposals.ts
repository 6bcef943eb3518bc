// Bulk approve or reject: each proposal is decided on its own (one may have been decided by
// someone else meanwhile), and the answer says which ones went through.
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { ApiError, badRequest } from '../errors';
import { decideProposal, type Decision } from './decide-proposal';

export interface BulkResult {
  id: string;
  ok: boolean;
  error?: string;
}

export async function decideProposals(db: Db, actor: Actor, ids: string[], decision: Decision, comment: string | undefined): Promise<BulkResult[]> {
  if (decision === 'reject' && !comment?.trim()) throw badRequest('A rejection needs a comment', [{ path: 'comment', message: 'Say why the actions should not run' }]);
  const results: BulkResult[] = [];
  for (const id of new Set(ids)) {
    try {
      await decideProposal(db, actor, id, decision, comment);
      results.push({ id, ok: true });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      results.push({ id, ok: false, error: err.message });
    }
  }
  return results;
}
