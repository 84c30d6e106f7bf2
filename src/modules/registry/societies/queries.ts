import type { PageCursor } from '../../../platform/http/pagination.js'
import type { Queryable } from '../../../platform/db/client.js'
import { afterCursor } from '../../../platform/db/keyset.js'
import { patchChanges, versionedUpdate } from '../../../platform/db/patch.js'
import { insideRegion } from '../../../platform/db/regions.js'
import { containsText } from '../../../platform/db/text.js'

export type SocietyLevel = 'national' | 'provincial' | 'municipal'

export interface SocietyRow {
  id: string
  name: string
  level: SocietyLevel
  disciplines: string[]
  description: string
  regionCode: string | null
  contactExpertId: string | null
  /** Counted from society_memberships on every read; never stored. */
  memberCount: number
  version: number
  createdAt: Date
  updatedAt: Date
  cursorAt: string
}

export interface NewSociety {
  name: string
  level: SocietyLevel
  disciplines?: string[] | undefined
  description?: string | undefined
  regionCode?: string | null | undefined
  contactExpertId?: string | null | undefined
}

export type SocietyPatch = Partial<NewSociety>

const societyColumns = (sql: Queryable) => sql`
  s.id, s.name, s.level, s.disciplines, s.description, s.region_code, s.contact_expert_id,
  (select count(*)::int from society_memberships m where m.society_id = s.id) as member_count,
  s.version, s.created_at, s.updated_at,
  to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
`

export async function insertSociety(sql: Queryable, society: NewSociety): Promise<SocietyRow> {
  const [row] = await sql<SocietyRow[]>`
    with inserted as (
      insert into societies (name, level, disciplines, description, region_code, contact_expert_id)
      values (${society.name}, ${society.level}, ${society.disciplines ?? []}, ${society.description ?? ''},
              ${society.regionCode ?? null}, ${society.contactExpertId ?? null})
      returning *
    )
    select ${societyColumns(sql)} from inserted s
  `
  return row!
}

export async function findSociety(sql: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<SocietyRow | null> {
  const [row] = await sql<SocietyRow[]>`
    select ${societyColumns(sql)} from societies s where s.id = ${id} ${options.forUpdate ? sql`for no key update of s` : sql``}
  `
  return row ?? null
}

/** The id of the society holding this name, if any other than `exceptId`: names are unique. */
export async function societyIdByName(sql: Queryable, name: string, exceptId: string | null = null): Promise<string | null> {
  const [row] = await sql<{ id: string }[]>`
    select id from societies where name = ${name} and (${exceptId}::uuid is null or id <> ${exceptId}::uuid)
  `
  return row?.id ?? null
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
export async function updateSociety(sql: Queryable, id: string, version: number, patch: SocietyPatch): Promise<SocietyRow | null> {
  const changes = patchChanges(patch, patchColumns)
  const [row] = await sql<SocietyRow[]>`
    with updated as (
      ${versionedUpdate(sql, 'societies', changes)}
      where id = ${id} and version = ${version}
      returning *
    )
    select ${societyColumns(sql)} from updated s
  `
  return row ?? null
}

export interface SocietyFilter {
  level?: SocietyLevel | undefined
  discipline?: string | undefined
  regionCode?: string | undefined
  q?: string | undefined
  after: PageCursor | null
  limit: number
}

function filterConditions(sql: Queryable, filter: SocietyFilter) {
  return sql`
    true
    ${filter.level ? sql`and s.level = ${filter.level}` : sql``}
    ${filter.discipline ? sql`and ${filter.discipline} = any(s.disciplines)` : sql``}
    ${filter.regionCode ? sql`and ${insideRegion(sql, sql`s.region_code`, filter.regionCode)}` : sql``}
    ${filter.q ? sql`and (${containsText(sql, sql`s.name`, filter.q)} or ${containsText(sql, sql`s.description`, filter.q)} or ${filter.q} = any(s.disciplines))` : sql``}
  `
}

export async function listSocieties(sql: Queryable, filter: SocietyFilter): Promise<SocietyRow[]> {
  return sql<SocietyRow[]>`
    select ${societyColumns(sql)} from societies s
    where ${filterConditions(sql, filter)}
      ${afterCursor(sql, 's', filter.after)}
    order by s.created_at desc, s.id desc
    limit ${filter.limit + 1}
  `
}

export async function countSocieties(sql: Queryable, filter: SocietyFilter): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from societies s where ${filterConditions(sql, filter)}`
  return row!.count
}
