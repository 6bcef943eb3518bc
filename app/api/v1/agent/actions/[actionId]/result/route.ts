import { route } from '@/lib/auth/route';
import { AgentResultSchema } from '@/schemas/healing-api';
import { reportAgentResult } from '@/lib/healing/agent-actions';

export const POST = route({ role: 'admin', scope: 'actions:execute', body: AgentResultSchema }, async ({ db, actor, params, body }) =>
  reportAgentResult(db, actor, params.actionId, body),
);
