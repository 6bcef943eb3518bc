// The audit filters live in the URL, parsed the same way by the server page and the client.
import { AuditQuerySchema, type AuditQuery } from '@/schemas';

export function parseAuditParams(raw: Record<string, string | string[] | undefined>): AuditQuery {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v));
  const parsed = AuditQuerySchema.safeParse(flat);
  return parsed.success ? parsed.data : AuditQuerySchema.parse({});
}
