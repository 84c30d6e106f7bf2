import type { Page, paginationQuery } from '../../../platform/http/pagination.js'
import type { Queryable } from '../../../platform/db/client.js'
import { type RowSource, equalFilters, findRow, pageRows } from '../../../platform/db/listing.js'
import { patchChanges } from '../../../platform/db/patch.js'
import { containsText } from '../../../platform/db/text.js'
import { idHoldingName } from '../../../platform/db/unique-name.js'
import { changeVersionedRow } from '../../../platform/db/versioned-row.js'
import type { NewWorkstation, WorkstationListQuery, WorkstationPatch, WorkstationRow } from './model.js'

const workstations: RowSource = {
  table: 'workstations',
  alias: 'w',
  columns: (sql) => sql`
    w.id, w.name, w.kind, w.host_enterprise_id, w.host_park_id, w.park_id, w.society_id, w.lead_expert_id,
    array(
      select m.expert_id from workstation_members m where m.workstation_id = w.id
      order by m.expert_id = w.lead_expert_id desc, m.expert_id
    ) as member_expert_ids,
    w.fields, w.description, w.version, w.created_at, w.updated_at,
    to_char(w.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
  `,
}

/** Inserts the station alone; members follow with `addWorkstationMembers` in the same transaction. */
export async function insertWorkstation(sql: Queryable, station: NewWorkstation): Promise<{ id: string }> {
  const [row] = await sql<{ id: string }[]>`
    insert into workstations (name, kind, host_enterprise_id, host_park_id, park_id, society_id, lead_expert_id, fields, description)
    values (${station.name}, ${station.kind}, ${station.hostEnterpriseId}, ${station.hostParkId}, ${station.parkId},
            ${station.societyId}, ${station.leadExpertId}, ${station.fields ?? []}, ${station.description ?? ''})
    returning id
  `
  return row!
}

export function findWorkstation(sql: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<WorkstationRow | null> {
  return findRow<WorkstationRow>(sql, workstations, id, sql`true`, options)
}

/** The id of the workstation holding this name, if any other than `exceptId`: names are unique. */
export function workstationIdByName(sql: Queryable, name: string, exceptId: string | null = null): Promise<string | null> {
  return idHoldingName(sql, 'workstations', name, exceptId)
}

const patchColumns = {
  name: 'name',
  kind: 'kind',
  hostEnterpriseId: 'host_enterprise_id',
  hostParkId: 'host_park_id',
  parkId: 'park_id',
  societyId: 'society_id',
  leadExpertId: 'lead_expert_id',
  fields: 'fields',
  description: 'description',
} as const satisfies Record<keyof WorkstationPatch, string>

/** Applies only the fields present, and only if the version is still the one read; true when it did. */
export function updateWorkstation(sql: Queryable, id: string, version: number, patch: WorkstationPatch): Promise<boolean> {
  return changeVersionedRow(sql, 'workstations', id, version, patchChanges(patch, patchColumns))
}

export async function addWorkstationMembers(sql: Queryable, workstationId: string, expertIds: readonly string[]): Promise<void> {
  if (expertIds.length === 0) return
  await sql`
    insert into workstation_members (workstation_id, expert_id)
    select ${workstationId}, e from unnest(${expertIds as string[]}::uuid[]) e
    on conflict do nothing
  `
}

/** Members are replaced whole: whoever is not in `expertIds` leaves. */
export async function replaceWorkstationMembers(sql: Queryable, workstationId: string, expertIds: readonly string[]): Promise<void> {
  await sql`
    delete from workstation_members
    where workstation_id = ${workstationId} and expert_id <> all(${expertIds as string[]}::uuid[])
  `
  await addWorkstationMembers(sql, workstationId, expertIds)
}

/** The ids among `ids` that name no expert, to name them in a validation error. */
export async function unknownExpertIds(sql: Queryable, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await sql<{ id: string }[]>`
    select distinct i as id from unnest(${ids as string[]}::uuid[]) i
    where not exists (select 1 from experts x where x.id = i)
  `
  return rows.map((row) => row.id)
}

/** The list query's filters. */
export type WorkstationFilter = Omit<WorkstationListQuery, keyof typeof paginationQuery>

function filterConditions(sql: Queryable, filter: WorkstationFilter) {
  return sql`
    true
    ${equalFilters(sql, 'w', { kind: filter.kind, park_id: filter.parkId, society_id: filter.societyId })}
    ${
      filter.expertId
        ? sql`and (w.lead_expert_id = ${filter.expertId} or exists (
            select 1 from workstation_members m where m.workstation_id = w.id and m.expert_id = ${filter.expertId}))`
        : sql``
    }
    ${filter.q ? sql`and (${containsText(sql, sql`w.name`, filter.q)} or ${containsText(sql, sql`w.description`, filter.q)} or ${filter.q} = any(w.fields))` : sql``}
  `
}

/** A page of the workstations the query's filters let through, newest first. */
export function pageWorkstations(sql: Queryable, query: WorkstationListQuery): Promise<Page<WorkstationRow>> {
  return pageRows<WorkstationRow>(sql, workstations, filterConditions(sql, query), query)
}

/** A station hosted by an enterprise serves that enterprise's park; it follows when the enterprise moves. */
export async function moveEnterpriseWorkstations(sql: Queryable, enterpriseId: string, parkId: string): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    update workstations set park_id = ${parkId}, version = version + 1, updated_at = now()
    where host_enterprise_id = ${enterpriseId} and park_id <> ${parkId}
    returning id
  `
  return rows.map((row) => row.id)
}
