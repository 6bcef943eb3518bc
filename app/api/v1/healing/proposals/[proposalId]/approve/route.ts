import { route } from '@/lib/auth/route';
import { ApproveBodySchema } from '@/schemas/healing-api';
import { decideProposal } from '@/lib/healing/decide-proposal';

export const POST = route({ role: 'approver', body: ApproveBodySchema }, async ({ db, actor, params, body }) => ({
  proposal: await decideProposal(db, actor, params.proposalId, 'approve', body.comment),
}));
