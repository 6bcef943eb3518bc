// Agents behind a firewall poll here for approved actions of their plugins (token scope
// actions:execute). Each action is handed to exactly one caller.
import { route } from '@/lib/auth/route';
import { AgentClaimSchema } from '@/schemas/healing-api';
import { claimAgentActions } from '@/lib/healing/agent-actions';

export const POST = route({ role: 'admin', scope: 'actions:execute', body: AgentClaimSchema }, async ({ db, actor, body }) =>
  claimAgentActions(db, actor, { pluginIds: body.pluginIds, max: body.max }),
);
