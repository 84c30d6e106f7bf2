import type { Notification } from '../../core/notifications.js'
import type { Queryable } from '../../platform/db/client.js'
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
