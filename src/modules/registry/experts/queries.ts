import type { Page, paginationQuery } from '../../../platform/http/pagination.js'
import type { Queryable } from '../../../platform/db/client.js'
import { type RowSource, equalFilters, findRow, pageRows } from '../../../platform/db/listing.js'
import { patchChanges } from '../../../platform/db/patch.js'
import { insideRegion } from '../../../platform/db/regions.js'
import { containsText } from '../../../platform/db/text.js'
import { changeVersionedRow } from '../../../platform/db/versioned-row.js'
import type { ExpertListQuery, ExpertPatch, ExpertRow, ExpertSummaryRow, NewAchievement, NewExpert } from './model.js'

/**
 * One row per expert with its achievements and memberships aggregated by correlated subqueries,
 * so a page of experts is one statement, not one per expert.
 */
const experts: RowSource = {
  table: 'experts',
  alias: 'x',
  columns: (sql) => sql`
    x.id, x.name, x.title, x.is_academician, x.organisation, x.enterprise_id, x.disciplines, x.fields,
    x.keywords, x.industries, x.bio, x.region_code, x.availability, x.capacity, x.version, x.created_at, x.updated_at,
    to_char(x.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
    coalesce((
      select json_agg(json_build_object(
        'id', a.id, 'title', a.title, 'kind', a.kind, 'year', a.year, 'summary', a.summary,
        'pinned', a.pinned, 'excludedFromMatching', a.excluded_from_matching
      ) order by a.position)
      from expert_achievements a where a.expert_id = x.id
    ), '[]'::json) as achievements,
    array(select m.society_id from society_memberships m where m.expert_id = x.id order by m.society_id) as society_ids
  `,
}

/** Minimal insert used by fixtures and the seed. */
export async function insertExpertMinimal(
  sql: Queryable,
  expert: { name: string; organisation?: string; title?: string; enterpriseId?: string | null; id?: string },
): Promise<ExpertSummaryRow> {
  const [row] = await sql<ExpertSummaryRow[]>`
    insert into experts (id, name, organisation, title, enterprise_id)
    values (coalesce(${expert.id ?? null}::uuid, gen_random_uuid()), ${expert.name}, ${expert.organisation ?? ''},
            ${expert.title ?? ''}, ${expert.enterpriseId ?? null})
    returning id, name, organisation
  `
  return row!
}

/** Inserts the expert row only; achievements and memberships are written by the replace functions. */
export async function insertExpert(sql: Queryable, expert: NewExpert): Promise<{ id: string }> {
  const [row] = await sql<{ id: string }[]>`
    insert into experts (name, title, is_academician, organisation, enterprise_id, disciplines, fields, keywords,
                         industries, bio, region_code, availability, capacity)
    values (${expert.name}, ${expert.title ?? ''}, ${expert.isAcademician ?? false}, ${expert.organisation ?? ''},
            ${expert.enterpriseId ?? null}, ${expert.disciplines ?? []}, ${expert.fields ?? []}, ${expert.keywords ?? []},
            ${expert.industries ?? []}, ${expert.bio ?? ''}, ${expert.regionCode ?? null},
            ${expert.availability ?? 'available'}, ${expert.capacity ?? 3})
    returning id
  `
  return row!
}

export function findExpert(sql: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<ExpertRow | null> {
  return findRow<ExpertRow>(sql, experts, id, sql`true`, options)
}

/** Another expert with this name at this organisation, for a 409 that names the fields. */
export async function findExpertByNameAndOrganisation(sql: Queryable, name: string, organisation: string): Promise<{ id: string } | null> {
  const [row] = await sql<{ id: string }[]>`select id from experts where name = ${name} and organisation = ${organisation}`
  return row ?? null
}

/** Replaces the whole ordered list; ids given are kept, new ones are generated. */
export async function replaceAchievements(sql: Queryable, expertId: string, achievements: readonly NewAchievement[]): Promise<void> {
  await sql`delete from expert_achievements where expert_id = ${expertId}`
  if (achievements.length === 0) return
  const rows = achievements.map((achievement, position) => ({
    id: achievement.id ?? crypto.randomUUID(),
    expertId,
    position,
    title: achievement.title,
    kind: achievement.kind,
    year: achievement.year ?? null,
    summary: achievement.summary ?? '',
    pinned: achievement.pinned ?? false,
    excludedFromMatching: achievement.excludedFromMatching ?? false,
  }))
  await sql`
    insert into expert_achievements
    ${sql(rows, 'id', 'expertId', 'position', 'title', 'kind', 'year', 'summary', 'pinned', 'excludedFromMatching')}
  `
}

/** Memberships are a set: duplicates in the input collapse. */
export async function replaceMemberships(sql: Queryable, expertId: string, societyIds: readonly string[]): Promise<void> {
  await sql`delete from society_memberships where expert_id = ${expertId}`
  if (societyIds.length === 0) return
  await sql`
    insert into society_memberships (society_id, expert_id)
    select distinct s, ${expertId}::uuid from unnest(${societyIds as string[]}::uuid[]) s
  `
}

/** The ids among `ids` that name no society, to name them in a validation error. */
export async function unknownSocietyIds(sql: Queryable, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await sql<{ id: string }[]>`
    select distinct s::text as id from unnest(${ids as string[]}::uuid[]) s
    where not exists (select 1 from societies so where so.id = s)
  `
  return rows.map((row) => row.id)
}

const patchColumns = {
  name: 'name',
  title: 'title',
  isAcademician: 'is_academician',
  organisation: 'organisation',
  enterpriseId: 'enterprise_id',
  disciplines: 'disciplines',
  fields: 'fields',
  keywords: 'keywords',
  industries: 'industries',
  bio: 'bio',
  regionCode: 'region_code',
  availability: 'availability',
  capacity: 'capacity',
} as const satisfies Record<keyof ExpertPatch, string>

/**
 * Applies only the fields present, and only if the version is still the one read. The version is
 * bumped even when only achievements or memberships change, since they are part of the profile.
 */
export function updateExpert(sql: Queryable, id: string, version: number, patch: ExpertPatch): Promise<boolean> {
  return changeVersionedRow(sql, 'experts', id, version, patchChanges(patch, patchColumns))
}

/** The list query's filters. */
export type ExpertFilter = Omit<ExpertListQuery, keyof typeof paginationQuery>

function filterConditions(sql: Queryable, filter: ExpertFilter) {
  return sql`
    true
    ${equalFilters(sql, 'x', { availability: filter.availability, is_academician: filter.isAcademician })}
    ${filter.industry ? sql`and ${filter.industry} = any(x.industries)` : sql``}
    ${filter.regionCode ? sql`and ${insideRegion(sql, sql`x.region_code`, filter.regionCode)}` : sql``}
    ${filter.societyId ? sql`and exists (select 1 from society_memberships m where m.expert_id = x.id and m.society_id = ${filter.societyId})` : sql``}
    ${filter.field ? sql`and (${filter.field} = any(x.fields) or ${filter.field} = any(x.disciplines) or ${filter.field} = any(x.keywords))` : sql``}
    ${
      filter.q
        ? sql`and (${containsText(sql, sql`x.name`, filter.q)} or ${containsText(sql, sql`x.organisation`, filter.q)}
                   or ${filter.q} = any(x.fields) or ${filter.q} = any(x.keywords))`
        : sql``
    }
  `
}

/** A page of the experts the query's filters let through, newest first. */
export function pageExperts(sql: Queryable, query: ExpertListQuery): Promise<Page<ExpertRow>> {
  return pageRows<ExpertRow>(sql, experts, filterConditions(sql, query), query)
}
