// The delivery job: claims due `pending` deliveries with FOR UPDATE SKIP LOCKED (moving their
// next attempt a claim period ahead, so a second console process skips them), sends each, and
// records `sent`, or the error with the next attempt after backoff, or `failed` after the last.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { notificationDelivery } from '../db/schema';
import { rowsOf } from '../db/rows-of';
import { decryptValue } from '../secrets/crypto';
import { deliverNotification, DELIVERY_TIMEOUT_MS, type DeliveryOutcome } from './deliver-notification';
import { MAX_ATTEMPTS, retryDelayMs } from './retry-schedule';
import { consoleMetrics } from '../console-metrics/instruments';

const BATCH = 20;

export interface DeliveryRunOptions {
  now?: number;
  timeoutMs?: number;
}

export async function deliverDueNotifications(db: Db, opts: DeliveryRunOptions = {}): Promise<{ sent: number; retried: number; failed: number }> {
  const now = opts.now ?? Date.now();
  const claimUntil = new Date(now + 2 * (opts.timeoutMs ?? DELIVERY_TIMEOUT_MS) + 30_000).toISOString();
  const claimed = rowsOf(
    await db.execute(sql`
      update notification_delivery set next_attempt_at = ${claimUntil}
      where id in (
        select id from notification_delivery
        where status = 'pending' and next_attempt_at <= ${new Date(now).toISOString()}
        order by next_attempt_at limit ${BATCH} for update skip locked)
      returning id, channel, attempts, payload`),
  );
  const counts = { sent: 0, retried: 0, failed: 0 };
  const deliveries = consoleMetrics().notificationDeliveries;
  for (const r of claimed) {
    const count = (result: keyof typeof counts) => {
      counts[result]++;
      deliveries.inc({ channel: String(r.channel), outcome: result });
    };
    const id = Number(r.id);
    const attempts = Number(r.attempts) + 1;
    const payload = r.payload as { body: unknown; sealed?: string };
    const target = payload.sealed ? (decryptValue(payload.sealed) as { url: string; secret: string | null }) : null;
    const outcome: DeliveryOutcome = target ? await deliverNotification(target.url, payload.body, target.secret, opts.timeoutMs) : { ok: false, error: 'The delivery has no target', final: true };
    if (outcome.ok) {
      await db.update(notificationDelivery).set({ status: 'sent', attempts, sentAt: new Date(), lastError: null, nextAttemptAt: null }).where(eq(notificationDelivery.id, id));
      count('sent');
    } else if (attempts >= MAX_ATTEMPTS || outcome.final) {
      await db.update(notificationDelivery).set({ status: 'failed', attempts, lastError: outcome.error, nextAttemptAt: null }).where(eq(notificationDelivery.id, id));
      count('failed');
    } else {
      await db
        .update(notificationDelivery)
        .set({ attempts, lastError: outcome.error, nextAttemptAt: new Date(now + retryDelayMs(attempts)) })
        .where(eq(notificationDelivery.id, id));
      count('retried');
    }
  }
  return counts;
}
