// Queues an incident's notifications, one delivery row per configured channel: `pending` (sent
// by the delivery job right away and retried with backoff) or `not-configured` with the reason.
// Where to send and the signing secret are stored encrypted; the UI only sees `target`.
// When an incident resolves, channels in Alertmanager's format hear it too (status resolved), as
// an Alertmanager receiver with `send_resolved` would; only incidents whose opening was announced.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { notificationDelivery, type incident } from '../db/schema';
import { encryptValue } from '../secrets/crypto';
import { channelTarget } from './channel-target';
import { incidentPayload } from './build-payload';

type IncidentRow = typeof incident.$inferSelect;

export interface ChannelConfig {
  channel: string;
  config: Record<string, unknown>;
}

export async function enqueueNotifications(db: Db, row: IncidentRow, channels: ChannelConfig[], now = Date.now()): Promise<number> {
  if (channels.length === 0) return 0;
  await db.insert(notificationDelivery).values(
    channels.map(({ channel, config }) => {
      const target = channelTarget(channel, config);
      return target.ok
        ? { incidentId: row.id, channel, target: target.display, status: 'pending', nextAttemptAt: new Date(now), payload: { body: incidentPayload(row, channel, now, target.format), sealed: encryptValue({ url: target.url, secret: target.secret }) } }
        : { incidentId: row.id, channel, target: target.display, status: 'not-configured', lastError: target.reason, payload: { body: incidentPayload(row, channel, now) } };
    }),
  );
  return channels.length;
}

/** Queues the resolved notification of `row` (now resolved) to its Alertmanager-format channels. */
export async function enqueueResolvedNotifications(db: Db, row: IncidentRow, channels: ChannelConfig[], now = Date.now()): Promise<number> {
  const resolving = channels.filter(({ channel, config }) => {
    const target = channelTarget(channel, config);
    return target.ok && target.format === 'alertmanager';
  });
  if (resolving.length === 0) return 0;
  const [announced] = await db.select({ id: notificationDelivery.id }).from(notificationDelivery).where(eq(notificationDelivery.incidentId, row.id)).limit(1);
  return announced ? enqueueNotifications(db, row, resolving, now) : 0;
}
