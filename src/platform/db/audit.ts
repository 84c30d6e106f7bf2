import type { AuditReadScope } from '../../core/access.js'
import type { Principal } from '../../core/principal.js'
import type { Queryable } from './client.js'

/** Every kind of object the trail records; a new kind is added here, and labelled in `domain/audit.ts`. */
export const auditEntityTypes = ['need', 'match', 'consultation', 'contract', 'enterprise', 'expert', 'society', 'workstation', 'park', 'industry', 'proposal', 'webhook', 'event'] as const
export type AuditEntityType = (typeof auditEntityTypes)[number]

export interface AuditEvent {
  action: string
  entityType: AuditEntityType
  entityId: string
  parkId: string | null
  before: unknown
  after: unknown
}

export interface Actor {
  principal: Principal
  /** The server's id of the request. */
  requestId?: string | undefined
  /** What the client sent as X-Request-Id, if anything: kept apart, never trusted as the request's id. */
  clientRequestId?: string | undefined
}

export interface AuditEventRow extends AuditEvent {
  id: number
  at: Date
  actorKeyId: string | null
  actorRole: string | null
  requestId: string | null
  clientRequestId: string | null
  /** The acting key's name, and the park, enterprise or expert it acts for (null for admins and the system). */
  actorKeyName: string | null
  actorOrganisation: string | null
  /** The need the object is or belongs to (needs, invitations, consultations, contracts), as it is titled now. */
  needTitle: string | null
}

/**
 * Called inside the transaction of the write it records, so neither exists without the other.
 * An operator at the command line (`npm run import`) acts with no API key: its keyId is ''.
 */
export async function recordAudit(sql: Queryable, actor: Actor | null, event: AuditEvent): Promise<void> {
  await sql`
    insert into audit_events (actor_key_id, actor_role, action, entity_type, entity_id, park_id, before, after, request_id, client_request_id)
    values (${actor?.principal.keyId || null}, ${actor?.principal.role ?? null}, ${event.action}, ${event.entityType},
            ${event.entityId}, ${event.parkId}, ${event.before === null ? null : sql.json(event.before as never)},
            ${event.after === null ? null : sql.json(event.after as never)}, ${actor?.requestId ?? null}, ${actor?.clientRequestId ?? null})
  `
}

/** An entry written after the fact (the demo's history): its own time, key and request, as `recordAudit` would have stored them then. */
export interface DatedAuditEvent extends AuditEvent {
  /** ISO 8601 */
  at: string
  actorKeyId: string | null
  actorRole: Principal['role'] | null
  requestId: string | null
}

/**
 * Writes many entries in multi-row inserts, in the order given (their ids follow it, and the trail
 * lists by id); inside the caller's transaction, like `recordAudit`.
 */
export async function insertAuditEvents(sql: Queryable, events: readonly DatedAuditEvent[]): Promise<void> {
  // 10 columns a row: well under the protocol's 65 535 parameters, and a statement of a few MB.
  for (let start = 0; start < events.length; start += 2_000) {
    const rows = events.slice(start, start + 2_000).map((event) => ({
      at: event.at,
      actorKeyId: event.actorKeyId,
      actorRole: event.actorRole,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      parkId: event.parkId,
      before: event.before === null ? null : sql.json(event.before as never),
      after: event.after === null ? null : sql.json(event.after as never),
      requestId: event.requestId,
    }))
    await sql`insert into audit_events ${sql(rows, 'at', 'actorKeyId', 'actorRole', 'action', 'entityType', 'entityId', 'parkId', 'before', 'after', 'requestId')}`
  }
}

export interface AuditFilter {
  entityType?: AuditEntityType | undefined
  entityId?: string | undefined
}

const auditFilter = (sql: Queryable, scope: AuditReadScope, filter: AuditFilter) => sql`
  ${scope.kind === 'park' ? sql`and e.park_id = ${scope.parkId}` : sql``}
  ${filter.entityType ? sql`and e.entity_type = ${filter.entityType}` : sql``}
  ${filter.entityId ? sql`and e.entity_id = ${filter.entityId}` : sql``}
`

export async function listAuditEvents(sql: Queryable, scope: AuditReadScope, filter: AuditFilter & { beforeId?: number | undefined; limit: number }): Promise<AuditEventRow[]> {
  return sql<AuditEventRow[]>`
    select e.id, e.at, e.actor_key_id, e.actor_role, e.action, e.entity_type, e.entity_id, e.park_id, e.before, e.after,
           e.request_id, e.client_request_id, k.name as actor_key_name,
           coalesce(p.name, en.name, x.name) as actor_organisation, nd.title as need_title
    from audit_events e
    left join api_keys k on k.id = e.actor_key_id
    left join parks p on p.id = k.park_id
    left join enterprises en on en.id = k.enterprise_id
    left join experts x on x.id = k.expert_id
    left join needs nd on nd.id = case
      when e.entity_type = 'need' then e.entity_id::uuid
      when e.entity_type in ('match', 'consultation', 'contract') then (coalesce(e.after, e.before) ->> 'needId')::uuid
    end
    where true ${auditFilter(sql, scope, filter)}
      ${filter.beforeId ? sql`and e.id < ${filter.beforeId}` : sql``}
    order by e.id desc
    limit ${filter.limit + 1}
  `
}

export async function countAuditEvents(sql: Queryable, scope: AuditReadScope, filter: AuditFilter): Promise<number> {
  const [row] = await sql<{ total: number }[]>`select count(*)::int as total from audit_events e where true ${auditFilter(sql, scope, filter)}`
  return row!.total
}

/** Rows that moved to another park, each with the park it left. */
export interface ParkMoves {
  entityType: AuditEntityType
  moved: { previous: string; row: { id: string; parkId: string; version: number } }[]
}

/** Audits each moved row under its new park; the old park's trail keeps its earlier entries. */
export async function auditParkMoves(tx: Queryable, actor: Actor, moves: readonly ParkMoves[]): Promise<void> {
  for (const { entityType, moved } of moves) {
    for (const { previous, row } of moved) {
      await recordAudit(tx, actor, {
        action: `${entityType}.move`,
        entityType,
        entityId: row.id,
        parkId: row.parkId,
        before: { ...row, parkId: previous, version: row.version - 1 },
        after: row,
      })
    }
  }
}
