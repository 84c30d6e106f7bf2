import { type AuditEventRow, listAuditEvents } from '../db/audit.js'
import type { Queryable } from '../db/client.js'
import { ApiError } from '../errors.js'
import { auditReadScope } from './access.js'
import type { Principal } from './principal.js'

export async function readAuditTrail(
  sql: Queryable,
  principal: Principal,
  query: { entityType?: string | undefined; entityId?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<{ items: AuditEventRow[]; nextCursor: string | null }> {
  const scope = auditReadScope(principal)
  const beforeId = query.cursor === undefined ? undefined : Number(query.cursor)
  if (beforeId !== undefined && !(Number.isSafeInteger(beforeId) && beforeId > 0)) {
    throw new ApiError('validation_failed', 'query.cursor: not a cursor returned by this API', {
      errors: [{ path: 'query.cursor', message: 'not a cursor returned by this API' }],
    })
  }
  const rows = await listAuditEvents(sql, scope, { ...query, beforeId })
  const items = rows.slice(0, query.limit)
  return { items, nextCursor: rows.length > query.limit ? String(items.at(-1)!.id) : null }
}
