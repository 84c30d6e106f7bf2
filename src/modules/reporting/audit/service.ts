import { type AuditEntityType, type AuditEventRow, auditEntityTypes, countAuditEvents, listAuditEvents } from '../../../platform/db/audit.js'
import type { Queryable } from '../../../platform/db/client.js'
import type { Page } from '../../../platform/http/pagination.js'
import { DomainError } from '../../../core/errors.js'
import { auditReadScope } from '../../../core/access.js'
import type { Principal } from '../../../core/principal.js'

/** What a park officer calls each kind of object in the trail. */
export const auditEntityLabels: Record<AuditEntityType, string> = {
  need: '需求',
  match: '对接邀请',
  consultation: '咨询',
  contract: '技术合同',
  enterprise: '企业',
  expert: '专家',
  society: '学会',
  workstation: '工作站',
  park: '园区',
  industry: '产业',
  proposal: '揭榜方案',
  webhook: '事件推送订阅',
  event: '产需对接会',
}

/**
 * The words a person may type for a kind of object: its name, its plural, its Chinese label. A
 * filter that matched nothing because it said 合同 or `contracts` looked like an empty trail.
 */
const entityTypeAliases = new Map<string, AuditEntityType>(
  auditEntityTypes.flatMap((type) => [[type, type], [`${type}s`, type], [auditEntityLabels[type], type]] as [string, AuditEntityType][]),
)
entityTypeAliases.set('合同', 'contract')
entityTypeAliases.set('揭榜', 'proposal')
entityTypeAliases.set('对接会', 'event')
entityTypeAliases.set('邀请', 'match')
entityTypeAliases.set('学会服务站', 'workstation')
entityTypeAliases.set('院士专家工作站', 'workstation')

export function parseAuditEntityType(value: string): AuditEntityType {
  const type = entityTypeAliases.get(value.trim().toLowerCase()) ?? entityTypeAliases.get(value.trim())
  if (type) return type
  const allowed = auditEntityTypes.map((known) => `${known} (${auditEntityLabels[known]})`).join(', ')
  throw new DomainError('validation_failed', `query.entityType: 未知的对象类型 (unknown kind of object); one of ${allowed}`, {
    errors: [{ path: 'query.entityType', message: `one of ${allowed}` }],
  })
}

/** Bookkeeping every row carries that says nothing to a reader of the trail. */
const internalFields = new Set(['id', 'version', 'cursorAt', 'createdAt', 'updatedAt', 'searchText'])

export interface AuditChange {
  field: string
  before: unknown
  after: unknown
}

/** The fields a write changed, in the row's order: every field a create set, every field a change moved. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const from = (before ?? {}) as Record<string, unknown>
  const to = (after ?? {}) as Record<string, unknown>
  const fields = [...new Set([...Object.keys(to), ...Object.keys(from)])].filter((field) => !internalFields.has(field))
  const changes: AuditChange[] = []
  for (const field of fields) {
    const was = from[field] ?? null
    const is = to[field] ?? null
    if (JSON.stringify(was) === JSON.stringify(is)) continue
    changes.push({ field, before: was, after: is })
  }
  return changes
}

/** What a person calls the object: its title or name as the entry recorded it. */
export function auditEntityName(before: unknown, after: unknown): string | null {
  for (const snapshot of [after, before] as (Record<string, unknown> | null)[]) {
    const name = snapshot?.title ?? snapshot?.name
    if (typeof name === 'string' && name !== '') return name
  }
  return null
}

export async function readAuditTrail(
  sql: Queryable,
  principal: Principal,
  query: { entityType?: string | undefined; entityId?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<AuditEventRow>> {
  const scope = auditReadScope(principal)
  const beforeId = query.cursor === undefined ? undefined : Number(query.cursor)
  if (beforeId !== undefined && !(Number.isSafeInteger(beforeId) && beforeId > 0)) {
    throw new DomainError('validation_failed', 'query.cursor: not a cursor returned by this API', {
      errors: [{ path: 'query.cursor', message: 'not a cursor returned by this API' }],
    })
  }
  const filter = { entityType: query.entityType === undefined ? undefined : parseAuditEntityType(query.entityType), entityId: query.entityId }
  const [rows, total] = await Promise.all([listAuditEvents(sql, scope, { ...filter, beforeId, limit: query.limit }), countAuditEvents(sql, scope, filter)])
  const items = rows.slice(0, query.limit)
  return { items, total, nextCursor: rows.length > query.limit ? String(items.at(-1)!.id) : null }
}
