import type { AuditReadScope } from '../domain/access.js'
import type { Principal } from '../domain/principal.js'
import type { Queryable } from './client.js'

export interface AuditEvent {
  action: string
  entityType: string
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

export interface AuditFilter {
  entityType?: string | undefined
  entityId?: string | undefined
  beforeId?: number | undefined
  limit: number
}

export async function listAuditEvents(sql: Queryable, scope: AuditReadScope, filter: AuditFilter): Promise<AuditEventRow[]> {
  return sql<AuditEventRow[]>`
    select id, at, actor_key_id, actor_role, action, entity_type, entity_id, park_id, before, after, request_id, client_request_id
    from audit_events
    where true
      ${scope.kind === 'park' ? sql`and park_id = ${scope.parkId}` : sql``}
      ${filter.entityType ? sql`and entity_type = ${filter.entityType}` : sql``}
      ${filter.entityId ? sql`and entity_id = ${filter.entityId}` : sql``}
      ${filter.beforeId ? sql`and id < ${filter.beforeId}` : sql``}
    order by id desc
    limit ${filter.limit + 1}
  `
}
