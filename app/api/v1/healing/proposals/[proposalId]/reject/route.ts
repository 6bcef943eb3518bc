import { route } from '@/lib/auth/route';
import { RejectBodySchema } from '@/schemas/healing-api';
import { decideProposal } from '@/lib/healing/decide-proposal';

export const POST = route({ role: 'approver', body: RejectBodySchema }, async ({ db, actor, params, body }) => ({
  proposal: await decideProposal(db, actor, params.proposalId, 'reject', body.comment),
}));
