// The installation's webhook signing key, for configuring receivers. Admins only; every reveal
// is audited.
import { route } from '@/lib/auth/route';
import { appendAuditEvent } from '@/lib/audit/append-event';
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, webhookKey } from '@/lib/healing/webhook-signature';

export const GET = route({ role: 'admin' }, async ({ db, actor }) => {
  await db.transaction((tx) => appendAuditEvent(tx, actor, { kind: 'healing.webhook-key.reveal', target: 'installation' }));
  return {
    key: webhookKey().toString('hex'),
    algorithm: 'HMAC-SHA256 over `${timestamp}.${rawBody}`, hex, prefixed "v1="',
    headers: { signature: SIGNATURE_HEADER, timestamp: TIMESTAMP_HEADER, delivery: DELIVERY_HEADER },
  };
});
