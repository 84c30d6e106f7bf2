import type { Notification } from '../../core/notifications.js'
import type { Actor } from '../../platform/db/audit.js'
import type { Queryable } from '../../platform/db/client.js'
import { notificationPayload } from './payload.js'
import { insertEventDeliveries } from './queries.js'

/**
 * The `notification` subscriber: inside the publisher's transaction, records the event and one
 * pending delivery per active subscription allowed to know of it, so a delivery exists exactly
 * when the change committed. Sending is the drainer's (delivery.ts), never this transaction's.
 */
export async function fanOutNotification(tx: Queryable, _actor: Actor, n: Notification): Promise<void> {
  const at = new Date()
  await insertEventDeliveries(tx, n, {
    titled: notificationPayload(n, at, true),
    untitled: notificationPayload(n, at, false),
  })
}
