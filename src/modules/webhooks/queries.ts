import type { Notification } from '../../core/notifications.js'
import type { Principal } from '../../core/principal.js'
import type { Queryable } from '../../platform/db/client.js'
import { type RowSource, findRow, pageRows, updatedRow, writtenRow } from '../../platform/db/listing.js'
import type { WebhookSubscriptionInput, WebhookSubscriptionPatch, WebhookSubscriptionRow } from './model.js'
import type { WebhookPayload } from './payload.js'

/**
 * Who may be told (core/notifications.ts): admins everything; park staff their park's events; an
 * enterprise its own; an expert those it is a party to. An expert's subscription gets the titled
 * body only while the experts may read the need; the need's side always does.
 */
export async function insertEventDeliveries(tx: Queryable, n: Notification, bodies: { titled: WebhookPayload; untitled: WebhookPayload }): Promise<number> {
  const rows = await tx`
    with event as (
      insert into webhook_events (type, subject_kind, subject_id, need_id, park_id)
      values (${n.type}, ${n.subject.kind}, ${n.subject.id}, ${n.need.id}, ${n.audience.parkId})
      returning id
    )
    insert into webhook_deliveries (event_id, subscription_id, type, payload)
    select event.id, s.id, ${n.type},
           case when s.owner_role = 'expert' and not ${n.need.expertsMayRead}::boolean
                then ${tx.json(bodies.untitled as never)}::jsonb else ${tx.json(bodies.titled as never)}::jsonb end
    from event cross join webhook_subscriptions s
    where s.status = 'active' and (s.event_types is null or s.event_types ? ${n.type})
      and (s.owner_role = 'admin'
        or (s.owner_role = 'park_staff' and s.park_id = ${n.audience.parkId}::uuid)
        or (s.owner_role = 'enterprise' and s.enterprise_id = ${n.audience.enterpriseId}::uuid)
        or (s.owner_role = 'expert' and s.expert_id = any(${n.audience.expertIds}::uuid[])))
    returning 1
  `
  return rows.length
}

const subscriptionSource: RowSource = {
  table: 'webhook_subscriptions',
  alias: 's',
  columns: (sql) => sql`
    s.id, s.url, s.event_types, s.description, s.status, s.disabled_at, s.disabled_reason, s.failing_since,
    s.owner_role, s.park_id, s.enterprise_id, s.expert_id, s.secret, s.version, s.created_at, s.updated_at,
    to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
  `,
}

/** The subscriptions a key may read and change: its own principal's; admins every one. */
export function ownedBy(sql: Queryable, principal: Principal) {
  switch (principal.role) {
    case 'admin':
      return sql`true`
    case 'park_staff':
      return sql`s.owner_role = 'park_staff' and s.park_id = ${principal.parkId}`
    case 'enterprise':
      return sql`s.owner_role = 'enterprise' and s.enterprise_id = ${principal.enterpriseId}`
    case 'expert':
      return sql`s.owner_role = 'expert' and s.expert_id = ${principal.expertId}`
  }
}

const ownerColumns = (principal: Principal) => ({
  parkId: principal.role === 'park_staff' ? principal.parkId : null,
  enterpriseId: principal.role === 'enterprise' ? principal.enterpriseId : null,
  expertId: principal.role === 'expert' ? principal.expertId : null,
})

export async function insertSubscription(sql: Queryable, principal: Principal, input: WebhookSubscriptionInput, secret: string): Promise<WebhookSubscriptionRow> {
  const owner = ownerColumns(principal)
  const row = await writtenRow<WebhookSubscriptionRow>(sql, subscriptionSource, sql`
    insert into webhook_subscriptions (owner_role, park_id, enterprise_id, expert_id, url, event_types, description, secret, created_by_key_id)
    values (${principal.role}, ${owner.parkId}, ${owner.enterpriseId}, ${owner.expertId}, ${input.url},
            ${input.eventTypes ? sql.json(input.eventTypes) : null}, ${input.description ?? null}, ${secret}, ${principal.keyId || null})
  `)
  return row!
}

export function findSubscription(sql: Queryable, principal: Principal, id: string, options: { forUpdate?: boolean } = {}) {
  return findRow<WebhookSubscriptionRow>(sql, subscriptionSource, id, ownedBy(sql, principal), options)
}

export function pageSubscriptions(sql: Queryable, principal: Principal, query: { cursor?: string | undefined; limit: number }) {
  return pageRows<WebhookSubscriptionRow>(sql, subscriptionSource, ownedBy(sql, principal), query)
}

/** The subscription's new fields at `version`; re-enabling clears why it was disabled and restarts the failure clock. */
export function updateSubscription(sql: Queryable, id: string, version: number, patch: WebhookSubscriptionPatch) {
  const set = [
    patch.url !== undefined && sql`url = ${patch.url}`,
    patch.eventTypes !== undefined && sql`event_types = ${patch.eventTypes === null ? null : sql.json(patch.eventTypes)}`,
    patch.description !== undefined && sql`description = ${patch.description}`,
    patch.status === 'active' && sql`status = 'active', disabled_at = null, disabled_reason = null, failing_since = null`,
    patch.status === 'disabled' && sql`status = 'disabled', disabled_at = coalesce(disabled_at, now()), disabled_reason = coalesce(disabled_reason, '所有者停用 · paused by its owner')`,
  ].filter((part) => part !== false)
  const assignments = set.reduce((all, part) => sql`${all}, ${part}`, sql`id = id`)
  return updatedRow<WebhookSubscriptionRow>(sql, subscriptionSource, id, assignments, sql`version = ${version}`)
}

export function replaceSecret(sql: Queryable, id: string, secret: string) {
  return updatedRow<WebhookSubscriptionRow>(sql, subscriptionSource, id, sql`secret = ${secret}`, sql`true`)
}

export async function deleteSubscription(sql: Queryable, id: string): Promise<void> {
  await sql`delete from webhook_subscriptions where id = ${id}`
}

/** A re-enabled subscription's waiting deliveries start a new day of retries, due now. */
export async function resumeDeliveries(sql: Queryable, subscriptionId: string): Promise<void> {
  await sql`
    update webhook_deliveries set next_attempt_at = now(), first_attempt_at = null
    where subscription_id = ${subscriptionId} and status = 'pending'
  `
}
