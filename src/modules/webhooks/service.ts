import { DomainError } from '../../core/errors.js'
import { type Actor, recordAudit } from '../../platform/db/audit.js'
import type { Queryable, Sql } from '../../platform/db/client.js'
import { changeVersioned, existing } from '../../platform/db/versioned-change.js'
import type { Page } from '../../platform/http/pagination.js'
import { findDelivery, pageDeliveries, requeueDelivery } from './delivery-queries.js'
import type { WebhookDeliveryRow, WebhookSubscriptionInput, WebhookSubscriptionPatch, WebhookSubscriptionRow } from './model.js'
import * as db from './queries.js'
import { newWebhookSecret } from './signing.js'
import { type TargetPolicy, assertTargetAllowed } from './targets.js'

/** What the trail keeps of a subscription: everything but its secret. */
function audited(row: WebhookSubscriptionRow): Omit<WebhookSubscriptionRow, 'secret'> {
  const { secret: _secret, ...rest } = row
  return rest
}

async function audit(tx: Queryable, actor: Actor, action: string, before: WebhookSubscriptionRow | null, after: WebhookSubscriptionRow | null) {
  const row = (after ?? before)!
  await recordAudit(tx, actor, { action: `webhook.${action}`, entityType: 'webhook', entityId: row.id, parkId: row.parkId, before: before && audited(before), after: after && audited(after) })
}

/** A new subscription owned by the calling principal; the only answer besides a rotation that carries its secret. */
export async function createWebhookSubscription(sql: Sql, actor: Actor, policy: TargetPolicy, input: WebhookSubscriptionInput): Promise<WebhookSubscriptionRow> {
  await assertTargetAllowed(input.url, policy)
  return sql.begin(async (tx) => {
    const row = await db.insertSubscription(tx, actor.principal, input, newWebhookSecret())
    await audit(tx, actor, 'create', null, row)
    return row
  })
}

export async function getWebhookSubscription(sql: Queryable, actor: Actor, id: string): Promise<WebhookSubscriptionRow> {
  return existing('webhook', id, await db.findSubscription(sql, actor.principal, id))
}

export function listWebhookSubscriptions(sql: Queryable, actor: Actor, query: { cursor?: string | undefined; limit: number }): Promise<Page<WebhookSubscriptionRow>> {
  return db.pageSubscriptions(sql, actor.principal, query)
}

export async function updateWebhookSubscription(
  sql: Sql,
  actor: Actor,
  policy: TargetPolicy,
  id: string,
  checkVersion: (row: WebhookSubscriptionRow) => number,
  patch: WebhookSubscriptionPatch,
): Promise<WebhookSubscriptionRow> {
  if (patch.url !== undefined) await assertTargetAllowed(patch.url, policy)
  return sql.begin(async (tx) => {
    const { before, after } = await changeVersioned(tx, actor, {
      entityType: 'webhook',
      id,
      find: () => db.findSubscription(tx, actor.principal, id, { forUpdate: true }).then((row) => row && { ...row, secret: '' }),
      checkVersion,
      write: (version) => db.updateSubscription(tx, id, version, patch).then((row) => row && { ...row, secret: '' }),
      parkOf: (row) => row.parkId,
    })
    if (before.status === 'disabled' && after.status === 'active') await db.resumeDeliveries(tx, id)
    return after
  })
}

export async function deleteWebhookSubscription(sql: Sql, actor: Actor, id: string): Promise<WebhookSubscriptionRow> {
  return sql.begin(async (tx) => {
    const row = existing('webhook', id, await db.findSubscription(tx, actor.principal, id, { forUpdate: true }))
    await db.deleteSubscription(tx, id)
    await audit(tx, actor, 'delete', row, null)
    return row
  })
}

/** A new secret, shown this once; the old one stops signing at once. */
export async function rotateWebhookSecret(sql: Sql, actor: Actor, id: string): Promise<WebhookSubscriptionRow> {
  return sql.begin(async (tx) => {
    const before = existing('webhook', id, await db.findSubscription(tx, actor.principal, id, { forUpdate: true }))
    const after = (await db.replaceSecret(tx, id, newWebhookSecret()))!
    await audit(tx, actor, 'rotate_secret', before, after)
    return after
  })
}

export async function listWebhookDeliveries(sql: Queryable, actor: Actor, id: string, query: { cursor?: string | undefined; limit: number; status?: string | undefined }): Promise<Page<WebhookDeliveryRow>> {
  await getWebhookSubscription(sql, actor, id)
  return pageDeliveries(sql, id, query)
}

/** Sends one delivery again, as it was (same webhook-id and body): due now, with a new day of retries. */
export async function redeliverWebhook(sql: Sql, actor: Actor, id: string, deliveryId: string): Promise<WebhookDeliveryRow> {
  const subscription = await getWebhookSubscription(sql, actor, id)
  if (subscription.status !== 'active') throw new DomainError('conflict', 'The subscription is disabled; re-enable it (PATCH status active) before redelivering')
  existing('webhook', deliveryId, await findDelivery(sql, id, deliveryId))
  return (await requeueDelivery(sql, deliveryId))!
}
