import type { PageCursor } from '../../../platform/http/pagination.js'
import type { Queryable } from '../../../platform/db/client.js'
import { afterCursor } from '../../../platform/db/keyset.js'
import { patchChanges, versionedUpdate } from '../../../platform/db/patch.js'
import { insideRegion } from '../../../platform/db/regions.js'
import { containsText } from '../../../platform/db/text.js'
import type { NewPark, ParkPatch, ParkRow } from './model.js'

const parkColumns = (sql: Queryable) => sql`
  p.id, p.name, p.region_code, p.key_industries, p.description, p.version, p.created_at, p.updated_at,
  to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
`

export async function insertPark(sql: Queryable, park: NewPark & { id?: string }): Promise<ParkRow> {
  const [row] = await sql<ParkRow[]>`
    with inserted as (
      insert into parks (id, name, region_code, key_industries, description)
      values (coalesce(${park.id ?? null}::uuid, gen_random_uuid()), ${park.name}, ${park.regionCode},
              ${park.keyIndustries ?? []}, ${park.description ?? ''})
      returning *
    )
    select ${parkColumns(sql)} from inserted p
  `
  return row!
}

export async function findPark(sql: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<ParkRow | null> {
  const [row] = await sql<ParkRow[]>`
    select ${parkColumns(sql)} from parks p where p.id = ${id} ${options.forUpdate ? sql`for no key update` : sql``}
  `
  return row ?? null
}

const patchColumns = {
  name: 'name',
  regionCode: 'region_code',
  keyIndustries: 'key_industries',
  description: 'description',
} as const satisfies Record<keyof ParkPatch, string>

export async function updatePark(sql: Queryable, id: string, version: number, patch: ParkPatch): Promise<ParkRow | null> {
  const changes = patchChanges(patch, patchColumns)
  const [row] = await sql<ParkRow[]>`
    with updated as (
      ${versionedUpdate(sql, 'parks', changes)}
      where id = ${id} and version = ${version}
      returning *
    )
    select ${parkColumns(sql)} from updated p
  `
  return row ?? null
}

export interface ParkFilter {
  regionCode?: string | undefined
  industry?: string | undefined
  q?: string | undefined
  after: PageCursor | null
  limit: number
}

function filterConditions(sql: Queryable, filter: ParkFilter) {
  return sql`
    true
    ${filter.regionCode ? sql`and ${insideRegion(sql, sql`p.region_code`, filter.regionCode)}` : sql``}
    ${filter.industry ? sql`and ${filter.industry} = any(p.key_industries)` : sql``}
    ${filter.q ? sql`and ${containsText(sql, sql`p.name`, filter.q)}` : sql``}
  `
}

export async function listParks(sql: Queryable, filter: ParkFilter): Promise<ParkRow[]> {
  return sql<ParkRow[]>`
    select ${parkColumns(sql)} from parks p
    where ${filterConditions(sql, filter)}
      ${afterCursor(sql, 'p', filter.after)}
    order by p.created_at desc, p.id desc
    limit ${filter.limit + 1}
  `
}

export async function countParks(sql: Queryable, filter: ParkFilter): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from parks p where ${filterConditions(sql, filter)}`
  return row!.count
}
