import { route } from '@/lib/auth/route';
import { ApproveBodySchema } from '@/lib/healing/api-schemas';
import { decideProposal } from '@/lib/healing/decide-proposal';

export const POST = route({ role: 'approver', body: ApproveBodySchema }, async ({ db, actor, params, body }) => ({
  proposal: await decideProposal(db, actor, params.proposalId, 'approve', body.comment),
}));
