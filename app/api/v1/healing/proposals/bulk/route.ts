import { route } from '@/lib/auth/route';
import { BulkDecisionSchema } from '@/schemas/healing-api';
import { decideProposals } from '@/lib/healing/decide-proposals';

export const POST = route({ role: 'approver', body: BulkDecisionSchema }, async ({ db, actor, body }) => ({
  results: await decideProposals(db, actor, body.ids, body.decision, body.comment),
}));
