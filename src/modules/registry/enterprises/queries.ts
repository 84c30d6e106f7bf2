import type { EnterpriseReadScope } from '../../../core/access.js'
import type { PageCursor } from '../../../platform/http/pagination.js'
import type { Queryable } from '../../../platform/db/client.js'
import { afterCursor } from '../../../platform/db/keyset.js'
import { patchChanges, versionedUpdate } from '../../../platform/db/patch.js'
import { containsText } from '../../../platform/db/text.js'

export interface EnterpriseRow {
  id: string
  name: string
  uscc: string
  parkId: string
  industries: string[]
  size: 'micro' | 'small' | 'medium' | 'large'
  isKey: boolean
  contactName: string
  contactPhone: string
  contactEmail: string
  description: string
  version: number
  createdAt: Date
  updatedAt: Date
  cursorAt: string
}

export type NewEnterprise = Pick<EnterpriseRow, 'name' | 'uscc' | 'parkId' | 'size'> &
  Partial<Pick<EnterpriseRow, 'industries' | 'isKey' | 'contactName' | 'contactPhone' | 'contactEmail' | 'description'>>

export type EnterprisePatch = Partial<Omit<NewEnterprise, 'uscc'>>

const enterpriseColumns = (sql: Queryable) => sql`
  e.id, e.name, e.uscc, e.park_id, e.industries, e.size, e.is_key, e.contact_name, e.contact_phone,
  e.contact_email, e.description, e.version, e.created_at, e.updated_at,
  to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
`

function scopeCondition(sql: Queryable, scope: EnterpriseReadScope) {
  switch (scope.kind) {
    case 'all':
      return sql`true`
    case 'park':
      return sql`e.park_id = ${scope.parkId}`
    case 'self':
      return sql`e.id = ${scope.enterpriseId}`
    case 'none':
      return sql`false`
  }
}

export async function insertEnterprise(sql: Queryable, enterprise: NewEnterprise): Promise<EnterpriseRow> {
  const [row] = await sql<EnterpriseRow[]>`
    with inserted as (
      insert into enterprises (name, uscc, park_id, industries, size, is_key, contact_name, contact_phone, contact_email, description)
      values (${enterprise.name}, ${enterprise.uscc}, ${enterprise.parkId}, ${enterprise.industries ?? []}, ${enterprise.size},
              ${enterprise.isKey ?? false}, ${enterprise.contactName ?? ''}, ${enterprise.contactPhone ?? ''},
              ${enterprise.contactEmail ?? ''}, ${enterprise.description ?? ''})
      returning *
    )
    select ${enterpriseColumns(sql)} from inserted e
  `
  return row!
}

export async function findEnterprise(
  sql: Queryable,
  id: string,
  scope: EnterpriseReadScope,
  options: { forUpdate?: boolean } = {},
): Promise<EnterpriseRow | null> {
  const [row] = await sql<EnterpriseRow[]>`
    select ${enterpriseColumns(sql)} from enterprises e
    where e.id = ${id} and ${scopeCondition(sql, scope)}
    ${options.forUpdate ? sql`for no key update` : sql``}
  `
  return row ?? null
}

const patchColumns = {
  name: 'name',
  parkId: 'park_id',
  industries: 'industries',
  size: 'size',
  isKey: 'is_key',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  contactEmail: 'contact_email',
  description: 'description',
} as const satisfies Record<keyof EnterprisePatch, string>

export async function updateEnterprise(
  sql: Queryable,
  id: string,
  version: number,
  patch: EnterprisePatch,
): Promise<EnterpriseRow | null> {
  const changes = patchChanges(patch, patchColumns)
  const [row] = await sql<EnterpriseRow[]>`
    with updated as (
      ${versionedUpdate(sql, 'enterprises', changes)}
      where id = ${id} and version = ${version}
      returning *
    )
    select ${enterpriseColumns(sql)} from updated e
  `
  return row ?? null
}

export interface EnterpriseFilter {
  parkId?: string | undefined
  industry?: string | undefined
  size?: string | undefined
  isKey?: boolean | undefined
  q?: string | undefined
  after: PageCursor | null
  limit: number
}

function filterConditions(sql: Queryable, scope: EnterpriseReadScope, filter: EnterpriseFilter) {
  return sql`
    ${scopeCondition(sql, scope)}
    ${filter.parkId ? sql`and e.park_id = ${filter.parkId}` : sql``}
    ${filter.industry ? sql`and ${filter.industry} = any(e.industries)` : sql``}
    ${filter.size ? sql`and e.size = ${filter.size}` : sql``}
    ${filter.isKey !== undefined ? sql`and e.is_key = ${filter.isKey}` : sql``}
    ${filter.q ? sql`and (${containsText(sql, sql`e.name`, filter.q)} or e.uscc = ${filter.q.toUpperCase()})` : sql``}
  `
}

export async function listEnterprises(sql: Queryable, scope: EnterpriseReadScope, filter: EnterpriseFilter): Promise<EnterpriseRow[]> {
  return sql<EnterpriseRow[]>`
    select ${enterpriseColumns(sql)} from enterprises e
    where ${filterConditions(sql, scope, filter)}
      ${afterCursor(sql, 'e', filter.after)}
    order by e.created_at desc, e.id desc
    limit ${filter.limit + 1}
  `
}

export async function countEnterprises(sql: Queryable, scope: EnterpriseReadScope, filter: EnterpriseFilter): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from enterprises e where ${filterConditions(sql, scope, filter)}`
  return row!.count
}
