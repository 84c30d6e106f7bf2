import type { Page, paginationQuery } from '../../../platform/http/pagination.js'
import type { Queryable } from '../../../platform/db/client.js'
import { type RowSource, equalFilters, findRow, pageRows, writtenRow } from '../../../platform/db/listing.js'
import { patchChanges } from '../../../platform/db/patch.js'
import { insideRegion } from '../../../platform/db/regions.js'
import { containsText } from '../../../platform/db/text.js'
import { idHoldingName } from '../../../platform/db/unique-name.js'
import { updateVersionedRow } from '../../../platform/db/versioned-row.js'
import type { NewSociety, SocietyListQuery, SocietyPatch, SocietyRow } from './model.js'

const societies: RowSource = {
  table: 'societies',
  alias: 's',
  columns: (sql) => sql`
    s.id, s.name, s.level, s.disciplines, s.description, s.region_code, s.contact_expert_id,
    (select count(*)::int from society_memberships m where m.society_id = s.id) as member_count,
    s.version, s.created_at, s.updated_at,
    to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
  `,
}

export async function insertSociety(sql: Queryable, society: NewSociety): Promise<SocietyRow> {
  const row = await writtenRow<SocietyRow>(
    sql,
    societies,
    sql`
      insert into societies (name, level, disciplines, description, region_code, contact_expert_id)
      values (${society.name}, ${society.level}, ${society.disciplines ?? []}, ${society.description ?? ''},
              ${society.regionCode ?? null}, ${society.contactExpertId ?? null})
    `,
  )
  return row!
}

export function findSociety(sql: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<SocietyRow | null> {
  return findRow<SocietyRow>(sql, societies, id, sql`true`, options)
}

/** The id of the society holding this name, if any other than `exceptId`: names are unique. */
export function societyIdByName(sql: Queryable, name: string, exceptId: string | null = null): Promise<string | null> {
  return idHoldingName(sql, 'societies', name, exceptId)
}

const patchColumns = {
  name: 'name',
  level: 'level',
  disciplines: 'disciplines',
  description: 'description',
  regionCode: 'region_code',
  contactExpertId: 'contact_expert_id',
} as const satisfies Record<keyof SocietyPatch, string>

/** Applies only the fields present in the patch, and only if the version is still the one read. */
export function updateSociety(sql: Queryable, id: string, version: number, patch: SocietyPatch): Promise<SocietyRow | null> {
  return updateVersionedRow<SocietyRow>(sql, societies, id, version, patchChanges(patch, patchColumns))
}

/** The list query's filters. */
export type SocietyFilter = Omit<SocietyListQuery, keyof typeof paginationQuery>

function filterConditions(sql: Queryable, filter: SocietyFilter) {
  return sql`
    true
    ${equalFilters(sql, 's', { level: filter.level })}
    ${filter.discipline ? sql`and ${filter.discipline} = any(s.disciplines)` : sql``}
    ${filter.regionCode ? sql`and ${insideRegion(sql, sql`s.region_code`, filter.regionCode)}` : sql``}
    ${filter.q ? sql`and (${containsText(sql, sql`s.name`, filter.q)} or ${containsText(sql, sql`s.description`, filter.q)} or ${filter.q} = any(s.disciplines))` : sql``}
  `
}

/** A page of the societies the query's filters let through, newest first. */
export function pageSocieties(sql: Queryable, query: SocietyListQuery): Promise<Page<SocietyRow>> {
  return pageRows<SocietyRow>(sql, societies, filterConditions(sql, query), query)
}
