import { AuditQuerySchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { listAuditEvents } from '@/lib/audit/list-events';

export const GET = route({ role: 'viewer', query: AuditQuerySchema }, async ({ db, query }) => listAuditEvents(db, query));
