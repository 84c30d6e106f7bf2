import type { EnterpriseReadScope } from '../../../core/access.js'
import type { Page, paginationQuery } from '../../../platform/http/pagination.js'
import type { Queryable } from '../../../platform/db/client.js'
import { type RowSource, equalFilters, findRow, pageRows, writtenRow } from '../../../platform/db/listing.js'
import { patchChanges } from '../../../platform/db/patch.js'
import { containsText } from '../../../platform/db/text.js'
import { updateVersionedRow } from '../../../platform/db/versioned-row.js'
import type { EnterpriseListQuery, EnterprisePatch, EnterpriseRow, NewEnterprise } from './model.js'

/** For the imports module, until it reads the registry through its index. */
export type { NewEnterprise } from './model.js'

const enterprises: RowSource = {
  table: 'enterprises',
  alias: 'e',
  columns: (sql) => sql`
    e.id, e.name, e.uscc, e.park_id, e.industries, e.size, e.is_key, e.contact_name, e.contact_phone,
    e.contact_email, e.description, e.version, e.created_at, e.updated_at,
    to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
  `,
}

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
  const row = await writtenRow<EnterpriseRow>(
    sql,
    enterprises,
    sql`
      insert into enterprises (name, uscc, park_id, industries, size, is_key, contact_name, contact_phone, contact_email, description)
      values (${enterprise.name}, ${enterprise.uscc}, ${enterprise.parkId}, ${enterprise.industries ?? []}, ${enterprise.size},
              ${enterprise.isKey ?? false}, ${enterprise.contactName ?? ''}, ${enterprise.contactPhone ?? ''},
              ${enterprise.contactEmail ?? ''}, ${enterprise.description ?? ''})
    `,
  )
  return row!
}

export function findEnterprise(
  sql: Queryable,
  id: string,
  scope: EnterpriseReadScope,
  options: { forUpdate?: boolean } = {},
): Promise<EnterpriseRow | null> {
  return findRow<EnterpriseRow>(sql, enterprises, id, scopeCondition(sql, scope), options)
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

export function updateEnterprise(sql: Queryable, id: string, version: number, patch: EnterprisePatch): Promise<EnterpriseRow | null> {
  return updateVersionedRow<EnterpriseRow>(sql, enterprises, id, version, patchChanges(patch, patchColumns))
}

/** The list query's filters. */
export type EnterpriseFilter = Omit<EnterpriseListQuery, keyof typeof paginationQuery>

function filterConditions(sql: Queryable, scope: EnterpriseReadScope, filter: EnterpriseFilter) {
  return sql`
    ${scopeCondition(sql, scope)}
    ${equalFilters(sql, 'e', { park_id: filter.parkId, size: filter.size, is_key: filter.isKey })}
    ${filter.industry ? sql`and ${filter.industry} = any(e.industries)` : sql``}
    ${filter.q ? sql`and (${containsText(sql, sql`e.name`, filter.q)} or e.uscc = ${filter.q.toUpperCase()})` : sql``}
  `
}

/** A page of the enterprises the query's filters let through, newest first. */
export function pageEnterprises(sql: Queryable, scope: EnterpriseReadScope, query: EnterpriseListQuery): Promise<Page<EnterpriseRow>> {
  return pageRows<EnterpriseRow>(sql, enterprises, filterConditions(sql, scope, query), query)
}
