import type { Queryable } from '../../platform/db/client.js'
import { type RowSource, findRow, pageRows, writtenRow } from '../../platform/db/listing.js'
import type { WebhookDeliveryRow } from './model.js'
import type { WebhookPayload } from './payload.js'

const deliverySource: RowSource = {
  table: 'webhook_deliveries',
  alias: 'd',
  columns: (sql) => sql`
    d.id, d.subscription_id, d.type, d.status, d.attempts,
    case when d.status = 'pending' then d.next_attempt_at end as next_attempt_at,
    d.last_status_code, d.last_error, d.delivered_at, d.payload, d.created_at, 0 as version,
    coalesce((select jsonb_agg(jsonb_build_object(
        'attemptedAt', to_char(a.attempted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'statusCode', a.status_code, 'error', a.error, 'durationMs', a.duration_ms) order by a.id desc)
      from (select * from webhook_attempts where delivery_id = d.id order by id desc limit 10) a), '[]'::jsonb) as recent_attempts,
    to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
  `,
}

export function pageDeliveries(sql: Queryable, subscriptionId: string, query: { cursor?: string | undefined; limit: number; status?: string | undefined }) {
  const where = sql`d.subscription_id = ${subscriptionId} ${query.status ? sql`and d.status = ${query.status}` : sql``}`
  return pageRows<WebhookDeliveryRow>(sql, deliverySource, where, query)
}

export function findDelivery(sql: Queryable, subscriptionId: string, id: string) {
  return findRow<WebhookDeliveryRow>(sql, deliverySource, id, sql`d.subscription_id = ${subscriptionId}`)
}

/** Due again now, with a new day of retries; the id (webhook-id) and body stay as they were. */
export function requeueDelivery(sql: Queryable, id: string) {
  return writtenRow<WebhookDeliveryRow>(sql, deliverySource, sql`
    update webhook_deliveries set status = 'pending', next_attempt_at = now(), first_attempt_at = null, delivered_at = null
    where id = ${id}
  `)
}

/** One delivery as a drainer holds it: what to send where, signed with which secret. */
export interface LeasedDelivery {
  id: string
  subscriptionId: string
  payload: WebhookPayload
  attempts: number
  firstAttemptAt: Date | null
  url: string
  secret: string
}

/**
 * Leases due deliveries of active subscriptions, as the outbox does (platform/db/outbox.ts): they
 * are not due again until the lease runs out, and `skip locked` keeps a second drainer (another
 * server, the Worker's cron) off the rows this one is taking. The statement commits at once: no
 * transaction stays open while the receivers are called.
 */
export async function leaseDeliveries(sql: Queryable, now: Date, limit: number, leaseSeconds: number): Promise<LeasedDelivery[]> {
  return sql<LeasedDelivery[]>`
    update webhook_deliveries d
    set next_attempt_at = ${now}::timestamptz + make_interval(secs => ${leaseSeconds}),
        first_attempt_at = coalesce(d.first_attempt_at, ${now}::timestamptz)
    from webhook_subscriptions s
    where s.id = d.subscription_id and d.id in (
      select d2.id from webhook_deliveries d2 join webhook_subscriptions s2 on s2.id = d2.subscription_id
      where d2.status = 'pending' and d2.next_attempt_at <= ${now}::timestamptz and s2.status = 'active'
      order by d2.next_attempt_at, d2.id limit ${limit}
      for update of d2 skip locked
    )
    returning d.id, d.subscription_id, d.payload, d.attempts, d.first_attempt_at, s.url, s.secret
  `
}

export interface AttemptOutcome {
  at: Date
  statusCode: number | null
  error: string | null
  durationMs: number
}

/** Records an attempt; `next` is when to try again, or null when it succeeded or is given up (`failed`). */
export async function recordAttempt(sql: Queryable, id: string, outcome: AttemptOutcome, result: { status: 'delivered' | 'pending' | 'failed'; next: Date | null }): Promise<void> {
  await sql`
    insert into webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms)
    values (${id}, ${outcome.at}, ${outcome.statusCode}, ${outcome.error}, ${outcome.durationMs})
  `
  await sql`
    update webhook_deliveries set attempts = attempts + 1, last_attempt_at = ${outcome.at}, status = ${result.status},
      last_status_code = ${outcome.statusCode}, last_error = ${outcome.error},
      delivered_at = ${result.status === 'delivered' ? outcome.at : null},
      next_attempt_at = coalesce(${result.next}::timestamptz, next_attempt_at)
    where id = ${id}
  `
}

/** A success ends the subscription's run of failures; a failure starts one if none is running. Its start is returned. */
export async function markSubscriptionHealth(sql: Queryable, subscriptionId: string, ok: boolean, at: Date): Promise<Date | null> {
  const [row] = await sql<{ failingSince: Date | null }[]>`
    update webhook_subscriptions set failing_since = ${ok ? null : sql`coalesce(failing_since, ${at}::timestamptz)`}
    where id = ${subscriptionId} returning failing_since
  `
  return row?.failingSince ?? null
}

/** Disables an active subscription; the row before, or null when it was no longer active (another drainer was first). */
export async function disableSubscription(sql: Queryable, id: string, reason: string, at: Date) {
  const [row] = await sql<{ id: string; ownerRole: string; parkId: string | null; enterpriseId: string | null; expertId: string | null; url: string }[]>`
    update webhook_subscriptions set status = 'disabled', disabled_at = ${at}, disabled_reason = ${reason},
      version = version + 1, updated_at = now()
    where id = ${id} and status = 'active'
    returning id, owner_role, park_id, enterprise_id, expert_id, url
  `
  return row ?? null
}

/** Tells the owner's other active subscriptions that take `webhook.disabled`. */
export async function insertOwnerNotice(sql: Queryable, disabled: { id: string; ownerRole: string; parkId: string | null; enterpriseId: string | null; expertId: string | null }, payload: WebhookPayload): Promise<number> {
  const rows = await sql`
    with event as (
      insert into webhook_events (type, subject_kind, subject_id) values ('webhook.disabled', 'webhook_subscription', ${disabled.id})
      returning id
    )
    insert into webhook_deliveries (event_id, subscription_id, type, payload)
    select event.id, s.id, 'webhook.disabled', ${sql.json(payload as never)}::jsonb
    from event cross join webhook_subscriptions s
    where s.status = 'active' and s.id <> ${disabled.id} and s.owner_role = ${disabled.ownerRole}::api_role
      and s.park_id is not distinct from ${disabled.parkId}::uuid and s.enterprise_id is not distinct from ${disabled.enterpriseId}::uuid
      and s.expert_id is not distinct from ${disabled.expertId}::uuid
      and (s.event_types is null or s.event_types ? 'webhook.disabled')
    returning 1
  `
  return rows.length
}
